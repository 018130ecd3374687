CREATE TABLE "ticket_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"ticket_id" text NOT NULL,
	"item" text NOT NULL,
	"value" jsonb NOT NULL,
	"source" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "stage" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "team" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "priority" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "solution" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "final_category" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "confirmed_by_requester" boolean;--> statement-breakpoint
ALTER TABLE "ticket_evidence" ADD CONSTRAINT "ticket_evidence_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_evidence_item_idx" ON "ticket_evidence" USING btree ("ticket_id","item");