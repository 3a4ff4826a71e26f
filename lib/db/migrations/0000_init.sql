CREATE TABLE "alliances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"province" text NOT NULL,
	"policy_id" text NOT NULL,
	"requires_chosen_clinic" boolean DEFAULT false NOT NULL,
	"alliance_as_one_unit" boolean DEFAULT false NOT NULL,
	"clinic_change_interval_days" integer,
	"clinic_rule_source" text
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"level" integer NOT NULL,
	"region_code" text NOT NULL,
	"district" text NOT NULL,
	"district_en" text NOT NULL,
	"address" text NOT NULL,
	"hours" text NOT NULL,
	"alliance_id" uuid,
	"choosable" boolean DEFAULT false NOT NULL,
	CONSTRAINT "facilities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "chronic_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"disease" text NOT NULL,
	"facility_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cross_region_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"place_code" text NOT NULL,
	"place_name" text NOT NULL,
	"place_name_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"insurance" text NOT NULL,
	"status" text,
	"region_code" text NOT NULL,
	"assistance" text DEFAULT 'none' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "family_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"relative_id" uuid NOT NULL,
	"relation" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"national_id" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text,
	"voucher_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_national_id_unique" UNIQUE("national_id"),
	CONSTRAINT "people_voucher_id_unique" UNIQUE("voucher_id")
);
--> statement-breakpoint
CREATE TABLE "otp_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phone" text NOT NULL,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_phone_unique" UNIQUE("phone"),
	CONSTRAINT "users_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "terminals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"facility_id" uuid,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "terminals_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "devices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"person_id" uuid,
	"public_key_spki" text NOT NULL,
	"label" text NOT NULL,
	"user_agent" text,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grantor_person_id" uuid NOT NULL,
	"grantee_user_id" uuid NOT NULL,
	"scopes" text[] NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guardianships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guardian_person_id" uuid NOT NULL,
	"dependant_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "settlement_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"person_id" uuid NOT NULL,
	"terminal_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"grant_id" uuid,
	"code_fingerprint" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "settlement_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "used_voucher_codes" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone NOT NULL,
	"terminal_id" uuid
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "clinic_choices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_person_id" uuid NOT NULL,
	"beneficiary_person_id" uuid,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"settlement_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "account_entries_one_per_settlement_kind" UNIQUE("settlement_id","kind"),
	CONSTRAINT "account_entries_sign_by_kind" CHECK (("account_entries"."kind" IN ('opening', 'contribution') AND "account_entries"."amount_fen" > 0 AND "account_entries"."settlement_id" IS NULL)
        OR ("account_entries"."kind" = 'settlement' AND "account_entries"."amount_fen" < 0 AND "account_entries"."settlement_id" IS NOT NULL)
        OR ("account_entries"."kind" = 'reversal' AND "account_entries"."amount_fen" > 0 AND "account_entries"."settlement_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "accumulator_buckets" (
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"bucket" text NOT NULL,
	"deductible_paid_fen" bigint DEFAULT 0 NOT NULL,
	"policy_scope_fen" bigint DEFAULT 0 NOT NULL,
	"fund_paid_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "accumulator_buckets_person_id_year_bucket_pk" PRIMARY KEY("person_id","year","bucket"),
	CONSTRAINT "accumulator_buckets_not_negative" CHECK ("accumulator_buckets"."deductible_paid_fen" >= 0 AND "accumulator_buckets"."policy_scope_fen" >= 0 AND "accumulator_buckets"."fund_paid_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accumulator_years" (
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"critical_illness_burden_fen" bigint DEFAULT 0 NOT NULL,
	"critical_illness_paid_fen" bigint DEFAULT 0 NOT NULL,
	"large_amount_paid_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_burden_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_general_outpatient_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_chronic_outpatient_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_inpatient_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_pharmacy_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "accumulator_years_person_id_year_pk" PRIMARY KEY("person_id","year"),
	CONSTRAINT "accumulator_years_not_negative" CHECK ("accumulator_years"."critical_illness_burden_fen" >= 0 AND "accumulator_years"."critical_illness_paid_fen" >= 0 AND "accumulator_years"."large_amount_paid_fen" >= 0 AND "accumulator_years"."assistance_burden_fen" >= 0
        AND "accumulator_years"."assistance_general_outpatient_fen" >= 0 AND "accumulator_years"."assistance_chronic_outpatient_fen" >= 0 AND "accumulator_years"."assistance_inpatient_fen" >= 0 AND "accumulator_years"."assistance_pharmacy_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_heads" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlement_lines" (
	"settlement_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"code" text,
	"name" text,
	"item_class" text NOT NULL,
	"quantity" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	"class_b_share_bp" integer,
	"price_ceiling_fen" bigint,
	CONSTRAINT "settlement_lines_settlement_id_line_no_pk" PRIMARY KEY("settlement_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "settlement_reversals" (
	"settlement_id" uuid PRIMARY KEY NOT NULL,
	"reversed_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"terminal_id" uuid
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"terminal_id" uuid,
	"account_person_id" uuid,
	"service_date" date NOT NULL,
	"year" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"policy_id" text NOT NULL,
	"policy_version" text NOT NULL,
	"visit_kind" text NOT NULL,
	"disease" text,
	"bucket" text,
	"request" jsonb NOT NULL,
	"visit" jsonb NOT NULL,
	"accumulators_before" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"medfee_sumamt_fen" bigint NOT NULL,
	"fund_pay_sumamt_fen" bigint NOT NULL,
	"hifp_pay_fen" bigint NOT NULL,
	"acct_pay_fen" bigint NOT NULL,
	"psn_cash_pay_fen" bigint NOT NULL,
	"status" text DEFAULT 'settled' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "settlements_idempotency_key" UNIQUE NULLS NOT DISTINCT("terminal_id","idempotency_key"),
	CONSTRAINT "settlements_amounts_not_negative" CHECK ("settlements"."medfee_sumamt_fen" >= 0 AND "settlements"."fund_pay_sumamt_fen" >= 0 AND "settlements"."hifp_pay_fen" >= 0 AND "settlements"."acct_pay_fen" >= 0 AND "settlements"."psn_cash_pay_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "passkeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"credential_id" text NOT NULL,
	"public_key" text NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}' NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "passkeys_credential_id_unique" UNIQUE("credential_id")
);
--> statement-breakpoint
CREATE TABLE "webauthn_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge" text NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_user_id" uuid NOT NULL,
	"subject_person_id" uuid NOT NULL,
	"via" text NOT NULL,
	"grant_id" uuid,
	"scope" text NOT NULL,
	"action" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_items" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"spec" text NOT NULL,
	"unit" text NOT NULL,
	"unit_en" text NOT NULL,
	"kind" text NOT NULL,
	"item_class" text NOT NULL,
	"class_b_share_bp" integer,
	"typical_price_fen" integer NOT NULL,
	"price_ceiling_fen" integer,
	"pinyin_initials" text NOT NULL,
	"sort_order" integer NOT NULL,
	"code_search" text NOT NULL,
	"name_search" text NOT NULL,
	"name_en_search" text NOT NULL,
	"keywords_search" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_estimates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"request" jsonb NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliances" ADD CONSTRAINT "alliances_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronic_approvals" ADD CONSTRAINT "chronic_approvals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronic_approvals" ADD CONSTRAINT "chronic_approvals_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_region_filings" ADD CONSTRAINT "cross_region_filings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_relations" ADD CONSTRAINT "family_relations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_relations" ADD CONSTRAINT "family_relations_relative_id_people_id_fk" FOREIGN KEY ("relative_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terminals" ADD CONSTRAINT "terminals_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_grantor_person_id_people_id_fk" FOREIGN KEY ("grantor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_grantee_user_id_users_id_fk" FOREIGN KEY ("grantee_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_revoked_by_user_id_users_id_fk" FOREIGN KEY ("revoked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_guardian_person_id_people_id_fk" FOREIGN KEY ("guardian_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_dependant_person_id_people_id_fk" FOREIGN KEY ("dependant_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_tokens" ADD CONSTRAINT "settlement_tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_tokens" ADD CONSTRAINT "settlement_tokens_terminal_id_terminals_id_fk" FOREIGN KEY ("terminal_id") REFERENCES "public"."terminals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_tokens" ADD CONSTRAINT "settlement_tokens_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_tokens" ADD CONSTRAINT "settlement_tokens_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "used_voucher_codes" ADD CONSTRAINT "used_voucher_codes_terminal_id_terminals_id_fk" FOREIGN KEY ("terminal_id") REFERENCES "public"."terminals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_choices" ADD CONSTRAINT "clinic_choices_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_choices" ADD CONSTRAINT "clinic_choices_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entries" ADD CONSTRAINT "account_entries_account_person_id_people_id_fk" FOREIGN KEY ("account_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entries" ADD CONSTRAINT "account_entries_beneficiary_person_id_people_id_fk" FOREIGN KEY ("beneficiary_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entries" ADD CONSTRAINT "account_entries_settlement_id_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accumulator_buckets" ADD CONSTRAINT "accumulator_buckets_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accumulator_years" ADD CONSTRAINT "accumulator_years_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_heads" ADD CONSTRAINT "ledger_heads_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_lines" ADD CONSTRAINT "settlement_lines_settlement_id_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_reversals" ADD CONSTRAINT "settlement_reversals_settlement_id_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_reversals" ADD CONSTRAINT "settlement_reversals_terminal_id_terminals_id_fk" FOREIGN KEY ("terminal_id") REFERENCES "public"."terminals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_terminal_id_terminals_id_fk" FOREIGN KEY ("terminal_id") REFERENCES "public"."terminals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_account_person_id_people_id_fk" FOREIGN KEY ("account_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passkeys" ADD CONSTRAINT "passkeys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webauthn_challenges" ADD CONSTRAINT "webauthn_challenges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_estimates" ADD CONSTRAINT "saved_estimates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_estimates" ADD CONSTRAINT "saved_estimates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "facilities_region_idx" ON "facilities" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "chronic_approvals_person_idx" ON "chronic_approvals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cross_region_filings_person_idx" ON "cross_region_filings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "enrolments_person_idx" ON "enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_relations_pair_idx" ON "family_relations" USING btree ("person_id","relative_id");--> statement-breakpoint
CREATE INDEX "otp_challenges_phone_idx" ON "otp_challenges" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "devices_user_idx" ON "devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "devices_person_idx" ON "devices" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "grants_grantor_idx" ON "grants" USING btree ("grantor_person_id");--> statement-breakpoint
CREATE INDEX "grants_grantee_idx" ON "grants" USING btree ("grantee_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guardianships_pair_idx" ON "guardianships" USING btree ("guardian_person_id","dependant_person_id");--> statement-breakpoint
CREATE INDEX "guardianships_dependant_idx" ON "guardianships" USING btree ("dependant_person_id");--> statement-breakpoint
CREATE INDEX "settlement_tokens_expires_idx" ON "settlement_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "used_voucher_codes_expires_idx" ON "used_voucher_codes" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_choices_one_current_idx" ON "clinic_choices" USING btree ("person_id") WHERE valid_to IS NULL;--> statement-breakpoint
CREATE INDEX "clinic_choices_person_idx" ON "clinic_choices" USING btree ("person_id","valid_from");--> statement-breakpoint
CREATE INDEX "account_entries_account_idx" ON "account_entries" USING btree ("account_person_id","created_at");--> statement-breakpoint
CREATE INDEX "settlements_person_idx" ON "settlements" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "settlements_person_year_idx" ON "settlements" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "passkeys_user_idx" ON "passkeys" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "access_log" USING btree ("subject_person_id","at");--> statement-breakpoint
CREATE INDEX "catalogue_items_code_search_idx" ON "catalogue_items" USING btree ("code_search" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "catalogue_items_name_search_idx" ON "catalogue_items" USING btree ("name_search" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "catalogue_items_initials_idx" ON "catalogue_items" USING btree ("pinyin_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "saved_estimates_person_idx" ON "saved_estimates" USING btree ("person_id","created_at");