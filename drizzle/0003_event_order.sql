DROP INDEX "events_account_seq_idx";--> statement-breakpoint
DROP INDEX "events_integration_seq_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "events_order_idx" ON "events" USING btree ("tx_id","seq");--> statement-breakpoint
CREATE INDEX "events_account_order_idx" ON "events" USING btree ("account_id","tx_id","seq");--> statement-breakpoint
CREATE INDEX "events_integration_order_idx" ON "events" USING btree ("integration_id","tx_id","seq");