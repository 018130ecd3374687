CREATE TABLE "notification_opt_outs" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_settings" (
	"account_id" text PRIMARY KEY NOT NULL,
	"quiet_hours_start" text,
	"quiet_hours_end" text,
	"time_zone" text NOT NULL,
	"quiet_channels" text[] NOT NULL,
	"whatsapp_daily_cap" integer,
	"email_daily_cap" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"locale" text NOT NULL,
	"catalog_entry" text,
	"connector" text,
	"subject" text,
	"body" text,
	"whatsapp_template_name" text,
	"whatsapp_language" text,
	"whatsapp_parameters" text[],
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "whatsapp_senders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"environment" text NOT NULL,
	"phone_number_id" text NOT NULL,
	"business_account_id" text NOT NULL,
	"credential_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "recipient" text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "phone_to" text[];--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "timing" jsonb;--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "catalog_entry" text;--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "template_id" text;--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "failing_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_rules" ADD COLUMN "disabled_reason" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "recipient" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "catalog_entry" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "template_id" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "provider_message_id" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "skip_reason" text;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_opt_outs_address_idx" ON "notification_opt_outs" USING btree ("account_id","channel","address");--> statement-breakpoint
CREATE INDEX "notification_templates_account_idx" ON "notification_templates" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "whatsapp_senders_account_idx" ON "whatsapp_senders" USING btree ("account_id","environment");--> statement-breakpoint
CREATE INDEX "whatsapp_senders_number_idx" ON "whatsapp_senders" USING btree ("phone_number_id");--> statement-breakpoint
CREATE INDEX "notifications_provider_message_idx" ON "notifications" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("account_id","channel","recipient","sent_at");