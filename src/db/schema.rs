//! Table definitions shared by both backends. Only types both PostgreSQL and
//! SQLite support are used: TEXT ids, `Timestamp` (UTC), `Date`, `Bool`, `Integer`.

diesel::table! {
    users (id) {
        id -> Text,
        email -> Nullable<Text>,
        password_hash -> Text,
        display_name -> Text,
        locale -> Text,
        birth_date -> Nullable<Date>,
        email_verified_at -> Nullable<Timestamp>,
        is_admin -> Bool,
        guardian_name -> Nullable<Text>,
        guardian_email -> Nullable<Text>,
        guardian_consented_at -> Nullable<Timestamp>,
        tokens_valid_after -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        deleted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    consents (id) {
        id -> Text,
        user_id -> Text,
        kind -> Text,
        version -> Text,
        granted -> Bool,
        given_by -> Text,
        method -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    email_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Text,
        user_id -> Text,
        family_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        rotated_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    organizations (id) {
        id -> Text,
        slug -> Text,
        name_ko -> Text,
        name_en -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    organization_members (organization_id, user_id) {
        organization_id -> Text,
        user_id -> Text,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox_emails (id) {
        id -> Text,
        user_id -> Nullable<Text>,
        to_address -> Text,
        to_name -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_failures (id) {
        id -> Text,
        account_key -> Text,
        client_key -> Text,
        failed_at -> Timestamp,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        actor_id -> Nullable<Text>,
        action -> Text,
        object_type -> Text,
        object_id -> Nullable<Text>,
        details -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contests (id) {
        id -> Text,
        organization_id -> Text,
        slug -> Text,
        kind -> Text,
        title_ko -> Text,
        title_en -> Nullable<Text>,
        summary_ko -> Text,
        summary_en -> Nullable<Text>,
        description_ko -> Text,
        description_en -> Nullable<Text>,
        rules_ko -> Text,
        rules_en -> Nullable<Text>,
        theme -> Nullable<Text>,
        prizes -> Nullable<Text>,
        contact -> Nullable<Text>,
        time_zone -> Text,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        grace_secs -> Integer,
        effective_close_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        form -> Text,
        categories -> Text,
        eligibility -> Text,
        receipt_seq -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        co_hosts -> Text,
        cover_key -> Nullable<Text>,
    }
}

diesel::table! {
    entries (id) {
        id -> Text,
        contest_id -> Text,
        user_id -> Text,
        category -> Nullable<Text>,
        answers -> Text,
        status -> Text,
        version -> Integer,
        slot -> Nullable<Integer>,
        receipt_number -> Nullable<Text>,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        screening -> Text,
        screening_reason -> Nullable<Text>,
        screened_by -> Nullable<Text>,
        screened_at -> Nullable<Timestamp>,
        name_key -> Nullable<Text>,
        duplicate_group -> Nullable<Text>,
        duplicate_of -> Nullable<Text>,
        name_at -> Nullable<Timestamp>,
        team_id -> Nullable<Text>,
        team_slot -> Nullable<Integer>,
        credit_name -> Nullable<Text>,
        credit_hidden -> Bool,
    }
}

diesel::table! {
    teams (id) {
        id -> Text,
        contest_id -> Text,
        name -> Text,
        leader_id -> Text,
        member_count -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    team_members (team_id, user_id) {
        team_id -> Text,
        contest_id -> Text,
        user_id -> Text,
        joined_at -> Timestamp,
    }
}

diesel::table! {
    team_invitations (id) {
        id -> Text,
        team_id -> Text,
        email -> Text,
        invited_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
        answer -> Nullable<Text>,
    }
}

diesel::table! {
    entry_files (id) {
        id -> Text,
        entry_id -> Text,
        contest_id -> Text,
        slot -> Text,
        kind -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        width -> Nullable<Integer>,
        height -> Nullable<Integer>,
        original_name -> Text,
        storage_key -> Text,
        thumbnail_key -> Nullable<Text>,
        phash -> Nullable<Text>,
        processed_at -> Nullable<Timestamp>,
        near_duplicate -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    idempotency_keys (user_id, key) {
        user_id -> Text,
        key -> Text,
        scope -> Text,
        request_hash -> Text,
        status_code -> Integer,
        response_body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    stages (id) {
        id -> Text,
        contest_id -> Text,
        position -> Integer,
        name_ko -> Text,
        name_en -> Nullable<Text>,
        mode -> Text,
        blind -> Bool,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        assignment -> Text,
        rubric -> Text,
        recipe -> Text,
        closed_at -> Nullable<Timestamp>,
        closed_by -> Nullable<Text>,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    stage_entries (stage_id, entry_id) {
        stage_id -> Text,
        entry_id -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    stage_judges (id) {
        id -> Text,
        stage_id -> Text,
        email -> Text,
        user_id -> Nullable<Text>,
        invited_by -> Text,
        invited_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    assignments (id) {
        id -> Text,
        stage_id -> Text,
        judge_id -> Text,
        entry_id -> Text,
        origin -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        declaration -> Nullable<Text>,
        conflict_reason -> Nullable<Text>,
        declared_at -> Nullable<Timestamp>,
        removed_at -> Nullable<Timestamp>,
        removed_reason -> Nullable<Text>,
    }
}

diesel::table! {
    scores (id) {
        id -> Text,
        assignment_id -> Text,
        stage_id -> Text,
        judge_id -> Text,
        entry_id -> Text,
        score_values -> Text,
        comment -> Nullable<Text>,
        status -> Text,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    score_changes (id) {
        id -> Text,
        score_id -> Text,
        changed_by -> Text,
        changed_at -> Timestamp,
        old_values -> Nullable<Text>,
        new_values -> Text,
        old_comment -> Nullable<Text>,
        new_comment -> Nullable<Text>,
        old_status -> Nullable<Text>,
        new_status -> Text,
    }
}

diesel::table! {
    bonus_claims (id) {
        id -> Text,
        stage_id -> Text,
        entry_id -> Text,
        rule_key -> Text,
        evidence -> Text,
        claimed_by -> Text,
        claimed_at -> Timestamp,
        status -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        reason -> Nullable<Text>,
    }
}

diesel::table! {
    stage_results (stage_id) {
        stage_id -> Text,
        recipe_hash -> Text,
        inputs_hash -> Text,
        results -> Text,
        computed_at -> Timestamp,
    }
}

diesel::table! {
    pairwise_items (stage_id, entry_id) {
        stage_id -> Text,
        entry_id -> Text,
        mu -> Double,
        sigma_sq -> Double,
        views -> Integer,
    }
}

diesel::table! {
    pairwise_judges (stage_id, judge_id) {
        stage_id -> Text,
        judge_id -> Text,
        alpha -> Double,
        beta -> Double,
        previous_entry -> Nullable<Text>,
        current_entry -> Nullable<Text>,
        handed_at -> Nullable<Timestamp>,
        votes -> Integer,
    }
}

diesel::table! {
    pairwise_seen (stage_id, judge_id, entry_id) {
        stage_id -> Text,
        judge_id -> Text,
        entry_id -> Text,
        skipped -> Nullable<Text>,
        seen_at -> Timestamp,
    }
}

diesel::table! {
    pairwise_votes (id) {
        id -> Text,
        stage_id -> Text,
        judge_id -> Text,
        winner_id -> Text,
        loser_id -> Text,
        previous_before -> Nullable<Text>,
        current_before -> Nullable<Text>,
        created_at -> Timestamp,
        undone_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    ballots (id) {
        id -> Text,
        contest_id -> Text,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        scope -> Text,
        stage_id -> Nullable<Text>,
        max_votes -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    votes (id) {
        id -> Text,
        ballot_id -> Text,
        entry_id -> Text,
        voter_id -> Text,
        slot -> Integer,
        network -> Nullable<Text>,
        created_at -> Timestamp,
        voided_at -> Nullable<Timestamp>,
        voided_by -> Nullable<Text>,
        void_reason -> Nullable<Text>,
    }
}

diesel::table! {
    award_settings (contest_id) {
        contest_id -> Text,
        tiers -> Text,
        one_per_entrant -> Bool,
        version -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    awards (id) {
        id -> Text,
        contest_id -> Text,
        tier_key -> Text,
        place -> Integer,
        entry_id -> Text,
        origin -> Text,
        reason -> Nullable<Text>,
        decided_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    announcements (contest_id) {
        contest_id -> Text,
        announce_at -> Timestamp,
        show_breakdowns -> Bool,
        gallery_open -> Bool,
        published_at -> Nullable<Timestamp>,
        results -> Nullable<Text>,
        version -> Integer,
        updated_by -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    certificates (code) {
        code -> Text,
        award_id -> Text,
        contest_id -> Text,
        entry_id -> Text,
        winner_name -> Text,
        award_label_ko -> Text,
        award_label_en -> Nullable<Text>,
        contest_title_ko -> Text,
        contest_title_en -> Nullable<Text>,
        organization_name -> Text,
        work_title -> Nullable<Text>,
        issued_at -> Timestamp,
    }
}

diesel::joinable!(consents -> users (user_id));
diesel::joinable!(contests -> organizations (organization_id));
diesel::joinable!(entries -> contests (contest_id));
diesel::joinable!(entries -> users (user_id));
diesel::joinable!(entry_files -> entries (entry_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(organization_members -> organizations (organization_id));
diesel::joinable!(organization_members -> users (user_id));
diesel::joinable!(teams -> contests (contest_id));
diesel::joinable!(team_members -> teams (team_id));
diesel::joinable!(team_members -> users (user_id));
diesel::joinable!(team_invitations -> teams (team_id));
diesel::joinable!(team_invitations -> users (invited_by));
diesel::joinable!(stages -> contests (contest_id));
diesel::joinable!(stage_entries -> stages (stage_id));
diesel::joinable!(stage_entries -> entries (entry_id));
diesel::joinable!(stage_judges -> stages (stage_id));
diesel::joinable!(assignments -> stages (stage_id));
diesel::joinable!(assignments -> entries (entry_id));
diesel::joinable!(scores -> assignments (assignment_id));
diesel::joinable!(score_changes -> scores (score_id));
diesel::joinable!(bonus_claims -> stages (stage_id));
diesel::joinable!(pairwise_items -> entries (entry_id));
diesel::joinable!(votes -> ballots (ballot_id));
diesel::joinable!(votes -> entries (entry_id));
diesel::joinable!(votes -> users (voter_id));
diesel::joinable!(awards -> entries (entry_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    consents,
    email_tokens,
    refresh_tokens,
    organizations,
    organization_members,
    outbox_emails,
    sign_in_failures,
    audit_events,
    contests,
    entries,
    entry_files,
    idempotency_keys,
    teams,
    team_members,
    team_invitations,
    stages,
    stage_entries,
    stage_judges,
    assignments,
    scores,
    score_changes,
    bonus_claims,
    stage_results,
    pairwise_items,
    pairwise_judges,
    pairwise_seen,
    pairwise_votes,
    ballots,
    votes,
    award_settings,
    awards,
    announcements,
    certificates,
);
