CREATE TABLE "integration_step_timers" (
	"transition_id" text NOT NULL,
	"timer" text NOT NULL,
	"integration_id" text NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	CONSTRAINT "integration_step_timers_transition_id_timer_pk" PRIMARY KEY("transition_id","timer")
);
