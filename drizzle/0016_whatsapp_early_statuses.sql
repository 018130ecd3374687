CREATE TABLE "whatsapp_early_statuses" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"environment" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"update" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "whatsapp_early_statuses_message_idx" ON "whatsapp_early_statuses" USING btree ("provider_message_id");