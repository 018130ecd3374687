CREATE TABLE "events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" text NOT NULL,
	"account_id" text NOT NULL,
	"integration_id" text,
	"environment" text NOT NULL,
	"type" text NOT NULL,
	"subject_model" text,
	"subject_id" text,
	"data" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "integrations" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"connector" text NOT NULL,
	"environment" text NOT NULL,
	"state" text NOT NULL,
	"state_reason" text,
	"config" jsonb NOT NULL,
	"credential_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "backfills" (
	"integration_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"window_from" timestamp with time zone NOT NULL,
	"window_to" timestamp with time zone NOT NULL,
	"cursor" text,
	"steps_done" integer DEFAULT 0 NOT NULL,
	"steps_total" integer NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "callback_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"integration_id" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"content_type" text NOT NULL,
	"sealed_body" jsonb NOT NULL,
	"body_digest" text NOT NULL,
	"delivery_id" text,
	"status" text NOT NULL,
	"error" text,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "provider_call_windows" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"calls" integer NOT NULL,
	CONSTRAINT "provider_call_windows_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"integration_id" text NOT NULL,
	"account_id" text NOT NULL,
	"model" text NOT NULL,
	"external_id" text NOT NULL,
	"hash" text NOT NULL,
	"status" text,
	"data" jsonb NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sync_cursors" (
	"integration_id" text NOT NULL,
	"model" text NOT NULL,
	"cursor" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sync_cursors_integration_id_model_pk" PRIMARY KEY("integration_id","model")
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"integration_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"fetched" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"deleted" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "sync_schedules" (
	"integration_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"interval_minutes" integer NOT NULL,
	"next_sync_at" timestamp with time zone NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_callback_at" timestamp with time zone,
	"first_data_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "events_account_seq_idx" ON "events" USING btree ("account_id","seq");--> statement-breakpoint
CREATE INDEX "events_integration_seq_idx" ON "events" USING btree ("integration_id","seq");--> statement-breakpoint
CREATE INDEX "integrations_account_idx" ON "integrations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "integrations_connector_state_idx" ON "integrations" USING btree ("connector","state");--> statement-breakpoint
CREATE UNIQUE INDEX "callback_deliveries_body_key" ON "callback_deliveries" USING btree ("integration_id","body_digest");--> statement-breakpoint
CREATE UNIQUE INDEX "callback_deliveries_delivery_key" ON "callback_deliveries" USING btree ("integration_id","delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_identity_key" ON "records" USING btree ("integration_id","model","external_id");--> statement-breakpoint
CREATE INDEX "sync_runs_integration_idx" ON "sync_runs" USING btree ("integration_id","started_at");--> statement-breakpoint
CREATE INDEX "sync_schedules_due_idx" ON "sync_schedules" USING btree ("next_sync_at") WHERE "sync_schedules"."enabled";