ALTER TABLE "access_tokens" ADD COLUMN "partner_api_id" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "purpose" text DEFAULT 'access' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "partner_api_id" text;--> statement-breakpoint
ALTER TABLE "api_requests" ADD COLUMN "token_id" text;--> statement-breakpoint
ALTER TABLE "api_requests" ADD COLUMN "partner_api_id" text;--> statement-breakpoint
ALTER TABLE "api_requests" ADD COLUMN "error_message" text;--> statement-breakpoint
CREATE INDEX "access_tokens_key_issued_idx" ON "access_tokens" USING btree ("api_key_id","issued_at");--> statement-breakpoint
CREATE INDEX "api_requests_request_id_idx" ON "api_requests" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_requests_partner_dedupe_idx" ON "api_requests" USING btree ("partner_api_id","request_id","at");--> statement-breakpoint
CREATE INDEX "api_requests_problem_at_idx" ON "api_requests" USING btree ("problem_code","at");