CREATE TABLE "complaint_answers" (
	"id" text PRIMARY KEY NOT NULL,
	"ticket_id" text NOT NULL,
	"integration_id" text NOT NULL,
	"type" text NOT NULL,
	"outcome" text NOT NULL,
	"message_id" text,
	"interaction_id" text,
	"provider_message" text,
	"problem_code" text,
	"error" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_conversion_settings" (
	"integration_id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"enabled" boolean NOT NULL,
	"defaults" jsonb NOT NULL,
	"priorities" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_interactions" (
	"integration_id" text NOT NULL,
	"interaction_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"message_id" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaint_interactions_integration_id_interaction_id_pk" PRIMARY KEY("integration_id","interaction_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_tickets" (
	"ticket_id" text PRIMARY KEY NOT NULL,
	"integration_id" text NOT NULL,
	"account_id" text NOT NULL,
	"external_id" text NOT NULL,
	"source_external_id" text,
	"defaults" jsonb NOT NULL,
	"sync_group" text,
	"consumer_name" text,
	"consumer_email" text,
	"ra_status" jsonb,
	"hugme_status" jsonb,
	"answered" boolean NOT NULL,
	"rating" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "complaint_answers_ticket_idx" ON "complaint_answers" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_tickets_complaint_idx" ON "complaint_tickets" USING btree ("integration_id","external_id");