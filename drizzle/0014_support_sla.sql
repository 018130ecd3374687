CREATE TABLE "support_sla_policies" (
	"category" text PRIMARY KEY NOT NULL,
	"first_answer_hours" double precision NOT NULL,
	"resolution_hours" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_sla" (
	"ticket_id" text PRIMARY KEY NOT NULL,
	"first_answer_due_at" timestamp with time zone NOT NULL,
	"first_answered_at" timestamp with time zone,
	"first_answer_breached_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution_breached_at" timestamp with time zone,
	"paused_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD CONSTRAINT "ticket_sla_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_sla_first_answer_due_idx" ON "ticket_sla" USING btree ("first_answer_due_at");--> statement-breakpoint
CREATE INDEX "ticket_sla_resolution_due_idx" ON "ticket_sla" USING btree ("resolution_due_at");