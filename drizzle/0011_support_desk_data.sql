CREATE TABLE "event_reaction_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"cursor" text,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_api_documents" (
	"partner_api_id" text PRIMARY KEY NOT NULL,
	"openapi" text NOT NULL,
	"title" text NOT NULL,
	"info_version" text NOT NULL,
	"document" jsonb NOT NULL,
	"operations" jsonb NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_api_settings" (
	"api_id" text PRIMARY KEY NOT NULL,
	"catalog" jsonb NOT NULL,
	"maintenance_windows" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "blocked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partner_api_documents" ADD CONSTRAINT "partner_api_documents_partner_api_id_partner_apis_id_fk" FOREIGN KEY ("partner_api_id") REFERENCES "public"."partner_apis"("id") ON DELETE no action ON UPDATE no action;