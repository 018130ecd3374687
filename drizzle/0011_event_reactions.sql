CREATE TABLE "event_reaction_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"cursor" text,
	"started_at" timestamp with time zone NOT NULL
);
