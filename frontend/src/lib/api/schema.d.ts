/**
 * GENERATED from frontend/openapi.json by `npm run api:generate`: do not edit.
 * `npm run api:check` (run by `npm test`) fails when this file is stale.
 */

export interface paths {
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, oldest first (admins only). */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                display_name: string;
                                email: string;
                                email_verified: boolean;
                                id: string;
                                is_admin: boolean;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/admin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Grants or removes the admin role. The account's tokens are retired, so the
         *     change takes effect at once. Admins cannot remove their own role.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdminRole"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSummary"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The judge declares whether they have a conflict of interest with the
         *     entry. "No conflict" opens the entry's content; a conflict (declarable
         *     later too, as recusal) ends the assignment for good.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The assignment */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entry behind one of the judge's assignments, once they declared no conflict. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The assignment */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JudgeEntryView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Declare conflicts of interest first */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends an assignment by hand. A score already given stays on record but no
         *     longer counts.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The assignment */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemovalRequest"];
                };
            };
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge's own score for the assignment. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The assignment */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such assignment, or no score yet */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Saves the judge's score as a draft or submits it. Allowed while the
         *     stage's scoring window is open (by the server's clock), after declaring
         *     no conflict. Parallel saves of one assignment leave one current score,
         *     and each is in the audit trail.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The assignment */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScoreSave"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Declare conflicts of interest first */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Scoring is not open, or a newer version exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends a reset link if the address has an account. The answer is the same
         *     either way.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sets a new password with the token from the reset mail. Every session of
         *     the account ends; the address counts as verified (the link proved it).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetConfirmation"];
                };
            };
            responses: {
                /** @description Password changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchanges the refresh cookie for a new access token and a new refresh
         *     token. A refresh token that was already used revokes its whole family.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Foreign Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates an account and sends the verification mail (and, for a child under
         *     14, the guardian's consent request).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterRequest"];
                };
            };
            responses: {
                /** @description Check your email (same answer for known addresses) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs in. Failures are counted per account and per client address; past
         *     the limit the answer is 429 with `Retry-After`. Unknown addresses and wrong
         *     passwords get the same answer in about the same time.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInRequest"];
                };
            };
            responses: {
                200: {
                    headers: {
                        /** @description The refresh token */
                        "set-cookie"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends this session: its refresh-token family is revoked and the cookie cleared. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Foreign Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirms the email address with the single-use token from the verification mail. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TokenRequest"];
                };
            };
            responses: {
                /** @description Verified */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bonus-claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An organizer verifies or rejects a claim (and may change their mind
         *     until the stage closes; every decision is audited).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The claim */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClaimDecision"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BonusClaimView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verifies a certificate's code: what it certifies (public). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description As printed; case, spaces and dashes do not matter */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateView"];
                    };
                };
                /** @description No certificate has this code */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certificate as a PDF (public by its code, which only the winner and
         *     the organizers are given).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The certificate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consent documents a registration must answer, required ones first. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocuments"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published contests, with filters and title search. */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: components["schemas"]["ContestKind"];
                    limit?: number;
                    organization_id?: string;
                    /** @description Words in the title. */
                    q?: string;
                    /** @description `published` (upcoming), `open` or `closed`. */
                    state?: components["schemas"]["ContestState"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                categories: components["schemas"]["Category"][];
                                /**
                                 * Format: date-time
                                 * @description The announced deadline.
                                 */
                                closes_at: string;
                                /** @description The deadline in the contest's time zone, e.g. `2026-09-30T18:00:00+09:00`. */
                                closes_at_local: string;
                                co_hosts: string[];
                                contact?: string | null;
                                /** @description Markdown, as the organizer wrote it. */
                                description: components["schemas"]["Text"];
                                /**
                                 * @description `description` rendered to HTML that is safe to insert as is: raw HTML
                                 *     escaped, only http(s)/mailto/relative links.
                                 */
                                description_html: components["schemas"]["Text"];
                                eligibility: components["schemas"]["Eligibility"];
                                form: components["schemas"]["Form"];
                                /**
                                 * Format: int32
                                 * @description Organizers only: quiet extra time after the deadline.
                                 */
                                grace_secs?: number | null;
                                /** @description Whether `GET /contests/{id}/cover` has an image. */
                                has_cover: boolean;
                                id: string;
                                kind: string;
                                /** Format: date-time */
                                opens_at: string;
                                organization_id: string;
                                /** @description The organizing organization's name. */
                                organizer: components["schemas"]["Text"];
                                prizes?: string | null;
                                /** Format: date-time */
                                published_at?: string | null;
                                /** @description Markdown, as the organizer wrote it. */
                                rules: components["schemas"]["Text"];
                                /** @description `rules` rendered the same way. */
                                rules_html: components["schemas"]["Text"];
                                slug: string;
                                state: components["schemas"]["ContestState"];
                                summary: components["schemas"]["Text"];
                                theme?: string | null;
                                time_zone: string;
                                title: components["schemas"]["Text"];
                                /**
                                 * Format: int32
                                 * @description Send it back when saving changes (optimistic concurrency).
                                 */
                                version: number;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contest: public once published; drafts only for its organizers. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestView"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replaces a contest's settings. The entry form, categories and eligibility
         *     are fixed once an entry has been submitted; the schedule once the contest
         *     is published (extend the deadline instead).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContestDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/announcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When the contest's results are (or were) announced. Public for a
         *     published contest: the time itself is no secret.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementView"];
                    };
                };
                /** @description No such contest, or no announcement set */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sets when the contest's results are announced, and whether entrants see
         *     their breakdowns and the public the gallery (organizers). The time is
         *     fixed once the results are published; the two switches are not.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnnouncementDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale version, the contest is a draft, or published and the time changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/award-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest's award tiers (organizers, until results are announced). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwardSettingsView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sets the contest's award tiers (organizers). Once awards are given the
         *     tiers are fixed.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AwardSettingsDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwardSettingsView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest's awards (organizers, until results are announced). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwardView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/awards.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contest's awards as CSV, for its organizers: one row per place given,
         *     best tier first — `tier_order` (1 = best), `tier_key`, `tier_ko`,
         *     `tier_en`, `place`, `entry_id`, `receipt_number`, `category`, `origin`
         *     (`proposed` from the ranking, `override` by an organizer), `reason` (of
         *     an override) and `decided_at` (UTC).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/awards/{tier}/{place}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Gives a place of a tier to another entry (or leaves it empty), with a
         *     recorded reason.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                    place: number;
                    tier: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AwardOverride"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwardView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/awards/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Proposes winners for every tier from the final ranking (and the public
         *     vote for people's-choice tiers), replacing the awards given so far. The
         *     old and new lists are in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AwardsView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No tiers, or no closed stage to rank by */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest's public vote: window, rules and state. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BallotView"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sets up or changes the contest's public vote (organizers). Once votes
         *     exist, only the closing time may change.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BallotDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BallotView"];
                    };
                };
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BallotView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries on the ballot, once voting has opened, a page at a time. */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answers: Record<string, never>;
                                category?: string | null;
                                entry_id: string;
                                files: components["schemas"]["BallotFileView"][];
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No ballot, or voting has not opened */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fraud signals over the standing votes (leads to examine, never verdicts). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Signals"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standing votes per entry: for the contest's organizers only (the
         *     results, people's choice included, stay embargoed until announced).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TallyView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot/tally.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public vote's tally as CSV, for the contest's organizers: every entry
         *     on the ballot (and any other with standing votes), most votes first —
         *     `rank` (equal counts share it; empty without votes), `entry_id`,
         *     `receipt_number`, `category`, `votes` (standing, not voided) and
         *     `share_of_best` (votes / the most any entry has, 0–1: the public score a
         *     recipe blends).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such contest, or it has no ballot */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/ballot/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ballot's votes, for the contest's organizers, a page at a time. */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description Only votes from this network (as the signals name it). */
                    network?: string;
                    /** @description Only this voter's votes (account id). */
                    voter_id?: string;
                };
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                entry_id: string;
                                id: string;
                                network?: string | null;
                                void_reason?: string | null;
                                /** Format: date-time */
                                voided_at?: string | null;
                                voter_id: string;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every certificate of the contest (organizers), to hand out or print. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CertificateView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest's cover image: public once the contest is published, and to its organizers before. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": unknown;
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sets (or replaces) the contest's cover image: multipart/form-data with one
         *     part named `file`; JPEG, PNG or WebP up to 10 MiB, re-encoded without metadata.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description One part named `file`. */
            requestBody?: {
                content: {
                    "multipart/form-data": unknown;
                };
            };
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extends the deadline. The change is recorded with who did it and why. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeadlineExtension"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Duplicate and similar names, and near-identical photos, among a contest's
         *     submitted entries. Flags for organizers: nothing is hidden or deleted.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuplicatesReport"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A contest's submitted and withdrawn entries, for its organizers, with
         *     filters, oldest or newest first, a page at a time.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A category key. */
                    category?: string;
                    cursor?: string;
                    /** @description Only the entries of this duplicate group (its normalized name). */
                    duplicate_group?: string;
                    /** @description `true`: only entries in a duplicate group. */
                    duplicates?: boolean;
                    /** @description `true`: only flagged entries (in a duplicate group, or with a near-identical photo). */
                    flagged?: boolean;
                    /**
                     * @description Only these entries: up to 100 ids, comma-separated (e.g. to label a
                     *     page of a stage's ranking or the awards in one request).
                     */
                    ids?: string;
                    limit?: number;
                    /** @description `pending`, `eligible` or `disqualified`. */
                    screening?: string;
                    /** @description `oldest` (default) or `newest` first. */
                    sort?: string;
                    /** @description `submitted` or `withdrawn`. */
                    status?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["EntryView"] & {
                                /** @description Set when two or more submitted entries share the normalized name. */
                                duplicate_group?: string | null;
                                /** @description For a duplicate: the entry with the earliest receipt in its group. */
                                duplicate_of?: string | null;
                                /** @description The entrant's display name. */
                                entrant: string;
                                /** @description One of its images is near-identical to another entry's (see `/contests/{id}/duplicates`). */
                                near_duplicate_photo: boolean;
                                /** Format: date-time */
                                screened_at?: string | null;
                                /** @description `pending`, `eligible` or `disqualified`. */
                                screening: string;
                                screening_reason?: string | null;
                            })[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Starts a draft entry, the caller's own or (for its leader) a team's. Send
         *     an `Idempotency-Key` to make retries safe.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string | null;
                };
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewEntry"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Restricted, not eligible, or a team member who is not its leader */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not open */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/entries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every submitted and withdrawn entry as CSV (UTF-8 with BOM, for Excel):
         *     receipt, status, screening, entrant, category, duplicate marks, then one
         *     column per form field. Cells that a spreadsheet would read as formulas are
         *     escaped.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/gallery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contest's gallery, once the results are published and the organizer
         *     opened it: every submitted, eligible entry's public work (no names, no
         *     personal data), a page at a time.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answers: Record<string, never>;
                                category?: string | null;
                                entry_id: string;
                                files: components["schemas"]["PublicFile"][];
                                /** @description The first short-text answer (the work's title or proposed name). */
                                title?: string | null;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such contest, `results_not_announced`, or the gallery is closed */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/my-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account's votes in the contest. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVotesView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sets the signed-in account's votes while voting is open: votes for
         *     entries no longer listed are withdrawn, new ones cast, the rest kept (with
         *     their time). Parallel identical requests leave one vote per entry.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MyVotes"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVotesView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Email not confirmed, or a child without a guardian's consent */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Voting is not open, or a voided vote cannot be withdrawn */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publishes a draft contest: it becomes visible, and opens at its opening time. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already published or already closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published results: winners by tier, best first, with their works and
         *     the names their entrants chose to show (null for those who asked not to
         *     be named). Public, and the same for everyone; frozen at publication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedResults"];
                    };
                };
                /** @description No such contest, or `results_not_announced` */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contest's stages, in order: for its organizers, and for the judges of
         *     a stage (who see only the stages they judge).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Adds a judging stage after the contest's last one. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageDocument"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a team in an open contest that takes teams; the caller leads it
         *     and is its first member.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The contest */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewTeam"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Restricted or not eligible */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not open, no teams in this contest, the name is taken, or already in a team */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry: its author's, or (once submitted) its contest's organizers'. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Saves a draft, or edits a submitted entry (which must stay complete), until the deadline. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EntrySave"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale version, withdrawn, or past the deadline */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/bonus-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bonus claims of an entry, for whoever may read the entry. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BonusClaimView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** The entrant claims a bonus rule of a stage for their entry. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewBonusClaim"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BonusClaimView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already claimed, or the stage is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the entry is credited in published results. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * How the entry is credited in published results (the entrant, or a
         *     team's leader). Fixed once the results are published.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreditDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `results_published` */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files of an entry its reader may see (see `GET /entries/{id}`). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Uploads one file into a slot of the caller's entry (multipart/form-data,
         *     one part named `file`). The type is read from the content; images are
         *     re-encoded without metadata; the thumbnail follows in the background.
         */
        post: {
            parameters: {
                query: {
                    /** @description The slot's key, as the contest's form defines it. */
                    slot: string;
                };
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            /** @description One part named `file`. */
            requestBody?: {
                content: {
                    "multipart/form-data": unknown;
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Past the deadline, withdrawn, or the slot is full */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Empty, of a type the slot does not take, unreadable or too many pixels */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entry's own result, once announced: its award (with the
         *     certificate's code) and, where the organizer allows it, its scores and
         *     breakdown per stage. For the entrant, their team and the organizers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryResultView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such entry of yours, or `results_not_announced` */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a submitted entry eligible or disqualified (with a reason, mailed to
         *     the entrant), or back to pending. Recorded in the audit trail.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The entry */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScreeningDecision"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScreenedEntryView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The entry is not submitted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submits a complete draft: checks eligibility and the per-person limit (for
         *     a team's entry, the team's size and the per-team limit), issues a receipt number and mails a confirmation. Submitting again answers
         *     with the same receipt. Send an `Idempotency-Key` to make retries safe.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string | null;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Past the deadline, withdrawn, or the entry limit is reached */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Incomplete, or the team is too small */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/entries/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraws a submitted entry before the deadline (it frees its place under
         *     the per-person limit; the receipt stays on record).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored (cleaned) file. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file's bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Removes a file from the caller's entry before the deadline. A submitted
         *     entry must keep the files its slots require.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Past the deadline, withdrawn, or the slot would fall below its minimum */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A JPEG thumbnail of an image file, once the background worker made it. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JPEG */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such file, not an image, or not made yet */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guardian-consents/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shows the guardian what they are asked to consent to (the link stays usable). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token from the guardian's mail */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GuardianConsentRequest"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Records the guardian's consent and lifts the account's restriction. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token from the guardian's mail */
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GuardianConsentAnswer"];
                };
            };
            responses: {
                /** @description Consent recorded */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/markdown/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renders Markdown as a contest page would, without saving anything. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarkdownPreviewRequest"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarkdownPreview"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Longer than a contest's text may be */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Deletes the account: personal data is erased at once; what a contest's
         *     record must keep stays, anonymized.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeleteAccountRequest"];
                };
            };
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Changes the display name or the language. Email and birth date are not
         *     changed here.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfileUpdate"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account's entries across contests. */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["EntryView"] & {
                                contest_state: components["schemas"]["ContestState"];
                                contest_title: components["schemas"]["Text"];
                            })[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Modu holds about the signed-in account, as one JSON document. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DataExport"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/judging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stages the signed-in account judges, with its progress, and the
         *     invitations to its email address waiting for an answer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyStageView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organizations the signed-in account belongs to, with its role in each
         *     (one query; the web UI asks it to decide whether to offer the organizer's tools).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyOrganizationView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changes the password. Every other session ends; this one gets new tokens. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChange"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends every session of the account, on every device, including this one. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out everywhere */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/team-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unanswered, unexpired invitations to the signed-in account's verified
         *     address, newest first (at most 100).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyInvitationView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The email address is not verified */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account's teams, newest first. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyTeamView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/verification-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a new verification mail (the old link stops working when the new one is used). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already verified */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All organizations, oldest first. */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                name_en?: string | null;
                                name_ko: string;
                                slug: string;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Creates an organization (admins only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOrganizationRequest"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Slug taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationView"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization's contests, drafts included (its organizers only). */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The organization */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                categories: components["schemas"]["Category"][];
                                /**
                                 * Format: date-time
                                 * @description The announced deadline.
                                 */
                                closes_at: string;
                                /** @description The deadline in the contest's time zone, e.g. `2026-09-30T18:00:00+09:00`. */
                                closes_at_local: string;
                                co_hosts: string[];
                                contact?: string | null;
                                /** @description Markdown, as the organizer wrote it. */
                                description: components["schemas"]["Text"];
                                /**
                                 * @description `description` rendered to HTML that is safe to insert as is: raw HTML
                                 *     escaped, only http(s)/mailto/relative links.
                                 */
                                description_html: components["schemas"]["Text"];
                                eligibility: components["schemas"]["Eligibility"];
                                form: components["schemas"]["Form"];
                                /**
                                 * Format: int32
                                 * @description Organizers only: quiet extra time after the deadline.
                                 */
                                grace_secs?: number | null;
                                /** @description Whether `GET /contests/{id}/cover` has an image. */
                                has_cover: boolean;
                                id: string;
                                kind: string;
                                /** Format: date-time */
                                opens_at: string;
                                organization_id: string;
                                /** @description The organizing organization's name. */
                                organizer: components["schemas"]["Text"];
                                prizes?: string | null;
                                /** Format: date-time */
                                published_at?: string | null;
                                /** @description Markdown, as the organizer wrote it. */
                                rules: components["schemas"]["Text"];
                                /** @description `rules` rendered the same way. */
                                rules_html: components["schemas"]["Text"];
                                slug: string;
                                state: components["schemas"]["ContestState"];
                                summary: components["schemas"]["Text"];
                                theme?: string | null;
                                time_zone: string;
                                title: components["schemas"]["Text"];
                                /**
                                 * Format: int32
                                 * @description Send it back when saving changes (optimistic concurrency).
                                 */
                                version: number;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Creates a draft contest in the organization. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The organization */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContestDocument"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Slug taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's members (its members and admins only). */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description How many items to return (1–100, default 20). */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                display_name: string;
                                email?: string | null;
                                role: string;
                                /** Format: date-time */
                                since: string;
                                user_id: string;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Makes an existing account an organizer of the organization. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewMemberRequest"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already a member */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes a member from the organization. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stage, for its contest's organizers and its judges. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replaces a stage's settings. Before scoring opens anything may change.
         *     After, the schedule and panel settings may, the recipe only with a
         *     `reopen_reason` (audited), and the rubric only while no score exists.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageDocument"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stage's assignments with every declaration, for its organizers, a page at a time. */
        get: {
            parameters: {
                query?: {
                    /** @description `true`: only current assignments. */
                    current?: boolean;
                    cursor?: string;
                    /** @description Only this judge's (account id). */
                    judge_id?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Organizers only: the judge's reason for a conflict. */
                                conflict_reason?: string | null;
                                /** @description `no_conflict`, `conflict`, or null before the judge declares. */
                                declaration?: string | null;
                                /** Format: date-time */
                                declared_at?: string | null;
                                entry_id: string;
                                id: string;
                                judge_id: string;
                                /** @description `plan`, `manual` or `replacement`. */
                                origin: string;
                                /** Format: date-time */
                                removed_at?: string | null;
                                removed_reason?: string | null;
                                /** @description `draft`, `submitted`, or null before any score. */
                                score_status?: string | null;
                                stage_id: string;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Assigns one entry to one judge by hand (or restores a removed assignment).
         *     A pair the judge declared a conflict for cannot be assigned again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ManualAssignment"];
                };
            };
            responses: {
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/assignments/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in judge's current assignments in the stage, a page at a time.
         *     Nothing of an entry's content is here: it opens per assignment after the
         *     judge's declaration.
         */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Organizers only: the judge's reason for a conflict. */
                                conflict_reason?: string | null;
                                /** @description `no_conflict`, `conflict`, or null before the judge declares. */
                                declaration?: string | null;
                                /** Format: date-time */
                                declared_at?: string | null;
                                entry_id: string;
                                id: string;
                                judge_id: string;
                                /** @description `plan`, `manual` or `replacement`. */
                                origin: string;
                                /** Format: date-time */
                                removed_at?: string | null;
                                removed_reason?: string | null;
                                /** @description `draft`, `submitted`, or null before any score. */
                                score_status?: string | null;
                                stage_id: string;
                            }[];
                            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
                            next_cursor?: string | null;
                        };
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/assignments/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assigns the stage's entries to its judges by the stage's mode: every
         *     judge every entry, or k judges per entry with loads that differ by at
         *     most one. Current assignments are kept; running it again adds only what
         *     is missing (new entries, new judges).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanOutcome"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/bonus-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stage's bonus claims, for the contest's organizers. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BonusClaimView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes the stage once its scoring window has ended: the results are
         *     computed, stored with the hashes of the recipe and the inputs, and the
         *     chosen entries advance to the next stage. Closing is final.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CloseRequest"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CloseOutcome"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/declarations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every conflict-of-interest declaration of the stage as CSV (formula-safe
         *     cells), for the contest's organizers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stage's panel with each judge's progress, for the contest's organizers. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PanelMemberView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invites an address to the stage's panel (again, if it was removed) and
         *     mails the invitation. Inviting a pending or active judge again changes
         *     nothing (200).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["JudgeInvitationRequest"];
                };
            };
            responses: {
                /** @description Already invited */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PanelMemberView"];
                    };
                };
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PanelMemberView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/judges/{judge_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a judge from the panel. Their submitted scores are kept and
         *     count; their other assignments end, and with k judges per entry the
         *     entries are assigned to others.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                    /** @description The panel place */
                    judge_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/judges/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The signed-in account accepts its invitation to the stage's panel. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The email is not confirmed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No invitation for this account's email */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the judge is in the stage. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a judge of the stage, or not begun */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/begin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts the judge in the stage (or picks up where they are): hands out a
         *     first entry if they have none.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After looking at their first entry, the judge moves on to the second
         *     (from then on, each vote moves them on).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Declare conflicts on the entry first */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Past the first entry: vote instead */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stage's pairwise ranking, for the contest's organizers. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RankedEntry"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skips the current entry (absent team, or a conflict of interest) and
         *     hands out another; the skipped entry is not compared.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PairwiseSkip"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes back the judge's last vote, within a minute of casting it: the
         *     stage's state is replayed from the votes that stand, and the judge is
         *     back at the two entries they compared.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No vote to undo, or too late */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/pairwise/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The judge says which of their last two entries was better; the next
         *     entry is handed out.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PairwiseVote"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PairwiseState"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Declare conflicts on both entries first */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Nothing to compare yet, or the window is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stage's results for its organizers: a preview computed now from the
         *     submitted scores while the stage runs, the stored results once it is
         *     closed. Judges and entrants never see this.
         */
        get: {
            parameters: {
                query?: {
                    /** @description `false`: leave out the close calls (they resample the judges 200 times). */
                    close_calls?: boolean;
                };
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResultsView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stage's results with their breakdowns as CSV, for the contest's
         *     organizers: the stored results once the stage is closed, else the preview
         *     computed now as `GET /stages/{id}/results` computes it.
         * @description A rubric stage has one row per entry in rank order: `rank` (shared by
         *     tied entries, empty for an unscored entry), `entry_id`, `receipt_number`,
         *     `category`, `judges` (how many scored it), a `judge_{id}` column per judge
         *     of the stage with that judge's total (and `judge_{id}_normalized` when the
         *     recipe normalizes), `dropped_judges` (left out by a trimmed mean),
         *     `mean_{criterion}` per criterion, `jury` (the aggregate), `public` (only
         *     with a blend: the public vote on the points scale), `bonus`,
         *     `bonus_rules`, `final_score`, `tied`, `advances` (by the recipe's rule),
         *     and for a preview `close_call` with its `advance_share` (empty once
         *     stored). A pairwise stage has `rank` (within its category), `entry_id`,
         *     `receipt_number`, `category`, `mu`, `sigma`, `views`, `advances`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/score-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to the stage's scores, oldest first, for the contest's
         *     organizers (the audit trail of judging).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreChangeView"][];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages/{id}/scores.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every score of the stage, one row per judge and entry with a column per
         *     criterion, as CSV (formula-safe cells), for the contest's organizers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The stage */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": unknown;
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team-invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Joins the team: the invited address's verified account, while the contest
         *     is open, if it is in no other team of the contest and the team has room.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unverified, restricted or not eligible */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Answered, expired, the team is full, already in a team, or not open */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team-invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines the invitation (the invited address's verified account only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declined */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The email address is not verified */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Answered or expired */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One team, for its members: who is in it and who is invited (the
         *     invitees' addresses only for its leader).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invites an address to the team and mails it (the leader only). Inviting an
         *     address with a pending invitation answers with that invitation (200) and
         *     sends nothing; an answered or expired one is sent afresh (201).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewInvitationRequest"];
                };
            };
            responses: {
                /** @description Already invited */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamInvitationView"];
                    };
                };
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamInvitationView"];
                    };
                };
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A member who is not the leader */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not open, the team is full, already a member, or too many pending invitations */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes a member (the leader), or leaves (a member), while the contest is
         *     open. A team with a submitted entry keeps at least its minimum size. The
         *     leader can leave only a team they are alone in and that has no entry on
         *     record: the team is then dissolved, with its drafts and invitations.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    user_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A member removing someone else */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not open, or the leader of a team with other members or with entries */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The team's submitted entry needs the member */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/votes/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restores a voided vote, with a reason, audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The vote */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoidRequest"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoteView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/votes/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Voids a vote (it stops counting); reversible, with a reason, audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The vote */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoidRequest"];
                };
            };
            responses: {
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VoteView"];
                    };
                };
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/works/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published work's file (a winner's, or a gallery entry's once the
         *     gallery is open), for anyone; its metadata was stripped at upload.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file's bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": unknown;
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/works/files/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published work's thumbnail (JPEG), for anyone. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A JPEG */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": unknown;
                    };
                };
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The answer of a request whose outcome is told by email. */
        Accepted: {
            /** @description Always `accepted`. */
            status: string;
        };
        /** @description An account as an admin sees it in lists. */
        AccountSummary: {
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            email_verified: boolean;
            id: string;
            is_admin: boolean;
        };
        AdminRole: {
            is_admin: boolean;
        };
        AdvanceRule: {
            /** Format: int32 */
            n: number;
            /** @enum {string} */
            type: "top_n";
        } | {
            /** Format: double */
            min_score: number;
            /** @enum {string} */
            type: "threshold";
        } | {
            /** @enum {string} */
            type: "none";
        };
        Aggregation: {
            /** @enum {string} */
            type: "mean";
        } | {
            /** @enum {string} */
            type: "median";
        } | {
            /** Format: int32 */
            drop: number;
            /** Format: int32 */
            min_judges: number;
            /** @enum {string} */
            type: "trimmed_mean";
        };
        AnnouncementDocument: {
            /**
             * Format: date-time
             * @description When the results become public; fixed once published.
             */
            announce_at: string;
            /** @description Default false; takes effect only after publication. */
            gallery_open?: boolean | null;
            /** @description Default false. */
            show_breakdowns?: boolean | null;
            /**
             * Format: int32
             * @description Updates only: the version last read.
             */
            version?: number | null;
        };
        AnnouncementView: {
            /** Format: date-time */
            announce_at: string;
            /** @description The gallery of entries is open to the public (after publication). */
            gallery_open: boolean;
            /**
             * Format: date-time
             * @description Set once the results are public.
             */
            published_at?: string | null;
            /** @description Each entrant sees their own entry's scores and breakdown. */
            show_breakdowns: boolean;
            /** Format: int32 */
            version: number;
        };
        AssignmentView: {
            /** @description Organizers only: the judge's reason for a conflict. */
            conflict_reason?: string | null;
            /** @description `no_conflict`, `conflict`, or null before the judge declares. */
            declaration?: string | null;
            /** Format: date-time */
            declared_at?: string | null;
            entry_id: string;
            id: string;
            judge_id: string;
            /** @description `plan`, `manual` or `replacement`. */
            origin: string;
            /** Format: date-time */
            removed_at?: string | null;
            removed_reason?: string | null;
            /** @description `draft`, `submitted`, or null before any score. */
            score_status?: string | null;
            stage_id: string;
        };
        AwardOverride: {
            /** @description The entry to give the place to; null leaves the place empty. */
            entry_id?: string | null;
            /** @description Why (required; kept with the award and in the audit trail). */
            reason: string;
        };
        AwardSettingsDocument: {
            one_award_per_entrant?: boolean | null;
            /** @description Best first. */
            tiers: components["schemas"]["Tier"][];
            /**
             * Format: int32
             * @description Updates only: the version last read.
             */
            version?: number | null;
        };
        AwardSettingsView: {
            /** @description One award per entrant (person or team), the default. */
            one_award_per_entrant: boolean;
            tiers: components["schemas"]["Tier"][];
            /** Format: int32 */
            version: number;
        };
        AwardsView: {
            awards: components["schemas"]["AwardView"][];
            /**
             * @description From the last proposal: places whose entry shares its rank with an
             *     entry that got another tier or none (decide them by hand if needed).
             */
            tied_across_boundary: components["schemas"]["Proposal"][];
        };
        AwardView: {
            /** Format: date-time */
            decided_at: string;
            entry_id: string;
            /** @description `proposed` (from the ranking) or `override` (by an organizer, with a reason). */
            origin: string;
            /** Format: int32 */
            place: number;
            reason?: string | null;
            tier: string;
        };
        BallotDocument: {
            /** Format: date-time */
            closes_at: string;
            /**
             * Format: int32
             * @description Default 1.
             */
            max_votes?: number | null;
            /** Format: date-time */
            opens_at: string;
            /** @description `all` (every eligible entry, the default) or `finalists` (the entries of `stage_id`). */
            scope?: string | null;
            stage_id?: string | null;
            /**
             * Format: int32
             * @description Updates only: the version last read.
             */
            version?: number | null;
        };
        BallotFileView: {
            /** @description Read it at `/files/{id}` (and `/files/{id}/thumbnail`) while signed in. */
            id: string;
            kind: components["schemas"]["FileKind"];
            slot: string;
            thumbnail_ready: boolean;
        };
        BallotView: {
            /** Format: date-time */
            closes_at: string;
            contest_id: string;
            id: string;
            /**
             * Format: int32
             * @description 1: one vote per voter; n: up to n, at most one per entry.
             */
            max_votes: number;
            /** Format: date-time */
            opens_at: string;
            /** @description `all` or `finalists`. */
            scope: string;
            stage_id?: string | null;
            /** @description `upcoming`, `open` or `closed`, by the server's clock. */
            state: string;
            /** Format: int32 */
            version: number;
        };
        /** @enum {string} */
        Better: "previous" | "current";
        /** @description Shares of the jury and the public vote in the final score; each ≥ 0, summing to 1. */
        Blend: {
            /** Format: double */
            jury: number;
            /** Format: double */
            public: number;
        };
        BonusClaimView: {
            /** Format: date-time */
            claimed_at: string;
            /** Format: date-time */
            decided_at?: string | null;
            entry_id: string;
            evidence: string;
            id: string;
            reason?: string | null;
            /** @description The recipe's bonus rule key. */
            rule: string;
            stage_id: string;
            /** @description `pending`, `verified` or `rejected`. */
            status: string;
        };
        /** @description Points an organizer grants for a verified fact (e.g. 청년 가산점). */
        BonusRule: {
            key: string;
            label: components["schemas"]["Text"];
            /**
             * Format: double
             * @description Above 0, at most 1000.
             */
            points: number;
        };
        Burst: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            vote_ids: string[];
            /** @description Votes from accounts younger than a week in the window. */
            votes: number;
        };
        /** @description A track or age group; each entry is in one when the contest has any. */
        Category: {
            key: string;
            label: components["schemas"]["Text"];
        };
        CertificateView: {
            award: components["schemas"]["Text"];
            code: string;
            contest_id: string;
            contest_title: components["schemas"]["Text"];
            /** Format: date-time */
            issued_at: string;
            organization_name: string;
            winner_name: string;
            work_title?: string | null;
        };
        Choice: {
            label: components["schemas"]["Text"];
            value: string;
        };
        ClaimDecision: {
            /** @description Required when rejecting. */
            reason?: string | null;
            verified: boolean;
        };
        CloseCall: {
            /**
             * Format: double
             * @description Share of the resamples in which the entry advanced.
             */
            advance_share: number;
            /** @description Whether it advances in the actual results. */
            advances: boolean;
            entry: string;
        };
        CloseOutcome: {
            /** @description The entries advanced to the next stage (or chosen, for the last stage). */
            advanced: string[];
            inputs_hash: string;
            next_stage_id?: string | null;
            recipe_hash: string;
            stage_id: string;
        };
        CloseRequest: {
            /**
             * @description The entries that advance to the next stage; by default those the
             *     recipe's advance rule chose. Use it to settle a tie at the cutoff.
             */
            advance?: string[] | null;
        };
        /** @description One consent as a registration form sends it. */
        ConsentAnswer: {
            granted: boolean;
            kind: components["schemas"]["ConsentKind"];
            version: string;
        };
        ConsentDocument: {
            body: components["schemas"]["Localized"];
            kind: components["schemas"]["ConsentKind"];
            required: boolean;
            title: components["schemas"]["Localized"];
            version: string;
        };
        ConsentDocuments: {
            documents: components["schemas"]["ConsentDocument"][];
        };
        /** @enum {string} */
        ConsentKind: "terms" | "privacy_collection" | "marketing_email";
        /**
         * @description What an organizer sends to create a contest (with `slug`) or to replace its
         *     settings (with the `version` they last read).
         */
        ContestDocument: {
            categories?: components["schemas"]["Category"][] | null;
            /** Format: date-time */
            closes_at: string;
            /** @description Co-hosts shown beside the organizer (at most 10 names). */
            co_hosts?: string[] | null;
            contact?: string | null;
            description?: null | components["schemas"]["Text"];
            eligibility?: null | components["schemas"]["Eligibility"];
            /** @description The entry form; the kind's default form when absent. */
            form?: Record<string, never> | null;
            /**
             * Format: int64
             * @description Quiet extra seconds after the deadline (0–86400, default 0).
             */
            grace_secs?: number | null;
            kind: components["schemas"]["ContestKind"];
            /** Format: date-time */
            opens_at: string;
            prizes?: string | null;
            rules?: null | components["schemas"]["Text"];
            /** @description Creation only: the contest's URL name. */
            slug?: string | null;
            summary?: null | components["schemas"]["Text"];
            theme?: string | null;
            /** @description IANA zone, default `Asia/Seoul`. */
            time_zone?: string | null;
            title: components["schemas"]["Text"];
            /**
             * Format: int32
             * @description Updates only: the version last read.
             */
            version?: number | null;
        };
        /** @enum {string} */
        ContestKind: "hackathon" | "idea" | "startup" | "naming" | "photo" | "design" | "drawing" | "simulation" | "general";
        /** @enum {string} */
        ContestState: "draft" | "published" | "open" | "closed";
        /** @description A contest as the API shows it. Times are UTC; `time_zone` says how to show them. */
        ContestView: {
            categories: components["schemas"]["Category"][];
            /**
             * Format: date-time
             * @description The announced deadline.
             */
            closes_at: string;
            /** @description The deadline in the contest's time zone, e.g. `2026-09-30T18:00:00+09:00`. */
            closes_at_local: string;
            co_hosts: string[];
            contact?: string | null;
            /** @description Markdown, as the organizer wrote it. */
            description: components["schemas"]["Text"];
            /**
             * @description `description` rendered to HTML that is safe to insert as is: raw HTML
             *     escaped, only http(s)/mailto/relative links.
             */
            description_html: components["schemas"]["Text"];
            eligibility: components["schemas"]["Eligibility"];
            form: components["schemas"]["Form"];
            /**
             * Format: int32
             * @description Organizers only: quiet extra time after the deadline.
             */
            grace_secs?: number | null;
            /** @description Whether `GET /contests/{id}/cover` has an image. */
            has_cover: boolean;
            id: string;
            kind: string;
            /** Format: date-time */
            opens_at: string;
            organization_id: string;
            /** @description The organizing organization's name. */
            organizer: components["schemas"]["Text"];
            prizes?: string | null;
            /** Format: date-time */
            published_at?: string | null;
            /** @description Markdown, as the organizer wrote it. */
            rules: components["schemas"]["Text"];
            /** @description `rules` rendered the same way. */
            rules_html: components["schemas"]["Text"];
            slug: string;
            state: components["schemas"]["ContestState"];
            summary: components["schemas"]["Text"];
            theme?: string | null;
            time_zone: string;
            title: components["schemas"]["Text"];
            /**
             * Format: int32
             * @description Send it back when saving changes (optimistic concurrency).
             */
            version: number;
        };
        CreditDocument: {
            hidden: boolean;
            /** @description 1–60 characters, or null for the display or team name. */
            name?: string | null;
        };
        CreditView: {
            /** @description Not named at all in published results. */
            hidden: boolean;
            /** @description The name published results show; null: the display or team name. */
            name?: string | null;
        };
        /** @description One thing judges score, e.g. 창의성 (creativity) from 0 to 30. */
        Criterion: {
            description?: null | components["schemas"]["Text"];
            /** @description Lower-case letters, digits and `_`, starting with a letter (at most 40); unique in the rubric. */
            key: string;
            label: components["schemas"]["Text"];
            /**
             * Format: double
             * @description Highest score; above `min`, at most 1000.
             */
            max: number;
            /**
             * Format: double
             * @description Lowest score (default 0).
             */
            min?: number;
            /**
             * Format: double
             * @description Scores lie on `min + k·step` (default 1); `max` must be on that grid.
             */
            step?: number;
            /**
             * Format: double
             * @description Multiplies the score in the total (default 1; above 0, at most 100).
             */
            weight?: number;
        };
        CriterionMean: {
            key: string;
            label: components["schemas"]["Text"];
            /**
             * Format: double
             * @description The criterion's highest score.
             */
            max: number;
            /** Format: double */
            mean: number;
        };
        DataExport: {
            account: components["schemas"]["MeView"];
            /** @description What the account did, from the audit trail. */
            activity: Record<string, never>[];
            consents: Record<string, never>[];
            /** @description Mail sent to the account (subjects and times; bodies are not kept). */
            emails: Record<string, never>[];
            /** @description Contest entries, drafts included, with their answers. */
            entries: Record<string, never>[];
            /** Format: date-time */
            exported_at: string;
            /** @description The legal guardian, for accounts of children under 14. */
            guardian: Record<string, never>;
            organizations: Record<string, never>[];
            /** @description Sign-in sessions (refresh-token families), without the tokens. */
            sessions: Record<string, never>[];
            /** @description Team invitations addressed to the account's email, with their answers. */
            team_invitations: Record<string, never>[];
            /** @description Teams the account is in, with its role in each. */
            teams: Record<string, never>[];
        };
        DeadlineExtension: {
            /**
             * Format: date-time
             * @description The new deadline; must be later than the current one.
             */
            closes_at: string;
            /** @description Why (kept in the audit trail). */
            reason: string;
        };
        Declaration: {
            /** @description true: the judge has a conflict of interest (제척·기피·회피) and will not score the entry. */
            conflict: boolean;
            /** @description Required with a conflict: why (only organizers see it). */
            reason?: string | null;
        };
        DeleteAccountRequest: {
            /** @description The current password, to confirm. */
            password: string;
        };
        DuplicatesReport: {
            /** @description Entries whose names are the same once normalized (naming contests). */
            groups: components["schemas"]["NameGroup"][];
            /** @description Images whose perceptual hashes are close (the same photo entered twice). */
            photos: components["schemas"]["SimilarPhotos"][];
            /** @description Names a small edit apart, for a person to decide. */
            similar: components["schemas"]["SimilarNames"][];
        };
        Eligibility: {
            /**
             * Format: int32
             * @description Oldest age allowed, in full years at the deadline.
             */
            max_age?: number | null;
            /**
             * Format: int32
             * @description Submitted entries one person may have in this contest (default 1).
             */
            max_entries_per_person?: number;
            /**
             * Format: int32
             * @description Youngest age allowed, in full years at the deadline.
             */
            min_age?: number | null;
            teams?: null | components["schemas"]["TeamRules"];
        };
        EntryAward: {
            /** @description Verify it at `/certificates/{code}`; the PDF at `/certificates/{code}/pdf`. */
            certificate_code?: string | null;
            label: components["schemas"]["Text"];
            /** Format: int32 */
            place: number;
            tier: string;
        };
        EntryRef: {
            entry_id: string;
            receipt_number?: string | null;
            /** @description The text as the entrant wrote it. */
            text: string;
        };
        EntryResultView: {
            award?: null | components["schemas"]["EntryAward"];
            entry_id: string;
            /** @description Per closed stage, in order; null unless the organizer shows breakdowns. */
            stages?: components["schemas"]["StageBreakdown"][] | null;
        };
        EntrySave: {
            answers: Record<string, never>;
            category?: string | null;
            /**
             * Format: int32
             * @description The version last read; a stale one gets 409.
             */
            version: number;
        };
        EntryView: {
            answers: Record<string, never>;
            category?: string | null;
            contest_id: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            receipt_number?: string | null;
            /** @description `draft`, `submitted` or `withdrawn`. */
            status: string;
            /** Format: date-time */
            submitted_at?: string | null;
            /** @description A team's entry: the team (its leader created it and submits it). */
            team_id?: string | null;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: int32
             * @description Send it back when saving (optimistic concurrency).
             */
            version: number;
        };
        /**
         * @description Stable, machine-readable error codes. Never rename one: clients match on them.
         * @enum {string}
         */
        ErrorCode: "invalid_body" | "invalid_parameter" | "validation_failed" | "unauthenticated" | "invalid_token" | "invalid_credentials" | "invalid_link" | "forbidden" | "account_restricted" | "origin_rejected" | "not_found" | "conflict" | "version_conflict" | "deadline_passed" | "entry_limit_reached" | "not_eligible" | "idempotency_key_reused" | "team_full" | "already_in_team" | "invitation_expired" | "team_required" | "team_too_small" | "stage_frozen" | "stage_closed" | "scoring_closed" | "declaration_required" | "voting_closed" | "results_not_announced" | "results_published" | "payload_too_large" | "unsupported_media_type" | "too_many_requests" | "service_unavailable" | "internal_error";
        FieldDefinition: components["schemas"]["FieldType"] & {
            help?: null | components["schemas"]["Text"];
            /**
             * @description The answer identifies the entrant (e.g. affiliation, member names):
             *     judges of a blind stage never see it.
             */
            identifying?: boolean;
            /** @description Lower-case letters, digits and `_`, starting with a letter; unique in the form. */
            key: string;
            label: components["schemas"]["Text"];
            required: boolean;
        };
        /** @description One field's problem, in the `errors` array of a problem document. */
        FieldError: {
            /** @description A stable code such as `required`, `too_short`, `invalid_format`. */
            code: string;
            /** @description The field's path in the request, e.g. `email` or `consents[1].version`. */
            field: string;
            message: string;
        };
        FieldType: {
            /** Format: int32 */
            max_length?: number | null;
            /** Format: int32 */
            min_length?: number | null;
            /** @enum {string} */
            type: "short_text";
        } | {
            /** Format: int32 */
            max_length?: number | null;
            /** Format: int32 */
            min_length?: number | null;
            /** @enum {string} */
            type: "long_text";
        } | {
            integer?: boolean;
            /** Format: double */
            max?: number | null;
            /** Format: double */
            min?: number | null;
            /** @enum {string} */
            type: "number";
        } | {
            options: components["schemas"]["Choice"][];
            /** @enum {string} */
            type: "single_choice";
        } | {
            /** Format: int32 */
            max_selected?: number | null;
            /** Format: int32 */
            min_selected?: number | null;
            options: components["schemas"]["Choice"][];
            /** @enum {string} */
            type: "multiple_choice";
        } | {
            /** @enum {string} */
            type: "url";
        } | {
            /** Format: date */
            max?: string | null;
            /** Format: date */
            min?: string | null;
            /** @enum {string} */
            type: "date";
        } | {
            /** @enum {string} */
            type: "yes_no";
        } | {
            /** @enum {string} */
            type: "consent";
        };
        /**
         * @description The kinds of file a slot can accept. Organizers write the lower-case names
         *     (`jpeg`, `png`, `webp`, `svg`, `pdf`) in slot definitions.
         * @enum {string}
         */
        FileKind: "jpeg" | "png" | "webp" | "svg" | "pdf";
        FileSlot: {
            /** @description The types this slot takes, decided from each file's content. */
            accept: components["schemas"]["FileKind"][];
            help?: null | components["schemas"]["Text"];
            /** @description Lower-case letters, digits and `_`, starting with a letter; unique among the slots. */
            key: string;
            label: components["schemas"]["Text"];
            /**
             * Format: int64
             * @description Largest file, in bytes (at most 50 MiB).
             */
            max_bytes: number;
            /** Format: int32 */
            max_count?: number;
            /**
             * Format: int32
             * @description Fewest files a submitted entry has here (a required slot needs at least one).
             */
            min_count?: number;
            required: boolean;
        };
        FileView: {
            /** Format: date-time */
            created_at: string;
            entry_id: string;
            /** Format: int32 */
            height?: number | null;
            id: string;
            /** @description Decided from the content. */
            kind: components["schemas"]["FileKind"];
            /** @description The name the file had on the entrant's device (never used to store or serve it). */
            original_name: string;
            /** @description SHA-256 of the stored file, hex. */
            sha256: string;
            /**
             * Format: int64
             * @description Size of the stored (cleaned) file.
             */
            size_bytes: number;
            slot: string;
            /** @description Whether `GET /files/{id}/thumbnail` has a thumbnail yet (raster images only). */
            thumbnail_ready: boolean;
            /** Format: int32 */
            width?: number | null;
        };
        Form: {
            /**
             * @description The short-text field whose normalized value identifies duplicate
             *     entries (naming contests: the proposed name).
             */
            duplicate_check?: string | null;
            fields: components["schemas"]["FieldDefinition"][];
            /** @description Files the entrant uploads. */
            file_slots?: components["schemas"]["FileSlot"][];
        };
        FreshAccountVote: {
            /**
             * Format: int64
             * @description Minutes between the account's creation and the vote.
             */
            minutes_after_signup: number;
            vote_id: string;
            voter_id: string;
        };
        GuardianConsentAnswer: {
            /** @description Must be `true`: the guardian agrees to every required document. */
            consent: boolean;
        };
        GuardianConsentRequest: {
            child_display_name: string;
            /** @description What the guardian is asked to agree to (the required documents). */
            documents: components["schemas"]["ConsentDocument"][];
            guardian_name: string;
        };
        GuardianInput: {
            email: string;
            name: string;
        };
        /** @description An entry as its judge sees it. */
        JudgeEntryView: {
            /**
             * @description The entry's answers; in a blind stage without the fields the form
             *     marks as identifying.
             */
            answers: Record<string, never>;
            assignment_id: string;
            blind: boolean;
            category?: string | null;
            /** @description Open stages only: the entrant's display name, or the team's name. */
            entrant?: string | null;
            entry_id: string;
            files: components["schemas"]["JudgeFileView"][];
            /** @description Open stages only. */
            receipt_number?: string | null;
        };
        /** @description A file of the entry as a judge sees it: no original name, no metadata. */
        JudgeFileView: {
            /** Format: int32 */
            height?: number | null;
            /** @description Read it at `/files/{id}` (and `/files/{id}/thumbnail`). */
            id: string;
            kind: components["schemas"]["FileKind"];
            /** Format: int64 */
            size_bytes: number;
            slot: string;
            thumbnail_ready: boolean;
            /** Format: int32 */
            width?: number | null;
        };
        JudgeInvitationRequest: {
            email: string;
        };
        JudgeMark: {
            dropped: boolean;
            /** Format: double */
            normalized: number;
            /** Format: double */
            raw: number;
        };
        /**
         * @description The languages Modu speaks. Korean is the default.
         * @enum {string}
         */
        Locale: "ko" | "en";
        Localized: {
            en: string;
            ko: string;
        };
        ManualAssignment: {
            entry_id: string;
            /** @description The judge's account id. */
            judge_id: string;
        };
        MarkdownPreview: {
            /** @description Safe HTML (raw HTML escaped, unsafe links and images dropped), as `description_html` would be. */
            html: string;
        };
        MarkdownPreviewRequest: {
            /** @description Markdown as a contest's description or rules take it (at most 20,000 characters). */
            markdown: string;
        };
        MemberView: {
            display_name: string;
            email?: string | null;
            role: string;
            /** Format: date-time */
            since: string;
            user_id: string;
        };
        /** @description The signed-in account as it sees itself. */
        MeView: {
            /** Format: date */
            birth_date?: string | null;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            email_verified: boolean;
            id: string;
            is_admin: boolean;
            locale: components["schemas"]["Locale"];
            /** @description Why the account may not yet submit, vote or judge; empty when it may. */
            restrictions: components["schemas"]["Restriction"][];
        };
        /** @description How entries are distributed among judges. */
        Mode: {
            /** @enum {string} */
            mode: "everyone";
        } | {
            /** Format: int32 */
            k: number;
            /** @enum {string} */
            mode: "per_entry";
        };
        /** @description An invitation as its invitee sees it. */
        MyInvitationView: {
            contest_id: string;
            contest_title: components["schemas"]["Text"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            id: string;
            /** @description The display name of who invited. */
            invited_by: string;
            team_id: string;
            team_name: string;
        };
        MyOrganizationView: {
            organization: components["schemas"]["OrganizationView"];
            /** @description The account's role in it. */
            role: string;
        };
        /** @description A stage the signed-in account judges or is invited to judge. */
        MyStageView: {
            contest_title: components["schemas"]["Text"];
            progress: components["schemas"]["Progress"];
            stage: components["schemas"]["StageView"];
            /** @description `invited` (accept it first) or `active`. */
            status: string;
        };
        MyTeamView: {
            contest_id: string;
            id: string;
            is_leader: boolean;
            /** Format: date-time */
            joined_at: string;
            /** Format: int32 */
            member_count: number;
            name: string;
        };
        MyVotes: {
            /**
             * @description The entries to vote for: at most `max_votes`, each once. An empty
             *     list withdraws every vote.
             */
            entries: string[];
        };
        /** @description The signed-in voter's votes. */
        MyVotesView: {
            /**
             * @description The entries the voter voted for (voided votes included: they still
             *     take their place in the allowance).
             */
            entries: string[];
            /** Format: int32 */
            max_votes: number;
            /** @description Whether votes can be changed now. */
            open: boolean;
        };
        NameGroup: {
            /** @description Later receipts, in order. */
            duplicates: components["schemas"]["EntryRef"][];
            /** @description The normalized name the group shares. */
            key: string;
            /** @description The earliest receipt. */
            original: components["schemas"]["EntryRef"];
        };
        NewBonusClaim: {
            /** @description What backs the claim (1–2000 characters), e.g. the agency's letter number. */
            evidence: string;
            /** @description A bonus rule key of the stage's recipe. */
            rule: string;
            stage_id: string;
        };
        NewEntry: {
            /** @description Field key → value, as the contest's form defines. */
            answers: Record<string, never>;
            category?: string | null;
            /** @description Enter as this team (its leader only); required where the contest takes teams only. */
            team_id?: string | null;
        };
        NewInvitationRequest: {
            /**
             * @description The address to invite; the invitation is for the account that has it
             *     (or registers with it) and has verified it.
             */
            email: string;
        };
        NewMemberRequest: {
            /** @description The email of an existing account. */
            email: string;
        };
        NewOrganizationRequest: {
            name_en?: string | null;
            name_ko: string;
            /** @description Lower-case letters, digits and hyphens, e.g. `sejong-city`. */
            slug: string;
        };
        NewTeam: {
            /** @description 1–50 characters, unique in the contest. */
            name: string;
        };
        /** @enum {string} */
        Normalization: "none" | "z_score" | "rank";
        OrganizationView: {
            /** Format: date-time */
            created_at: string;
            id: string;
            name_en?: string | null;
            name_ko: string;
            slug: string;
        };
        PairwiseSkip: {
            /** @description With a conflict: why (only organizers see it). */
            note?: string | null;
            reason: components["schemas"]["SkipReason"];
        };
        /** @description One of the two entries a judge compares. */
        PairwiseSlot: {
            /** @description Declare conflicts on it, and read it at `/assignments/{id}/entry`. */
            assignment_id: string;
            /** @description `no_conflict`, `conflict`, or null before the judge declares. */
            declaration?: string | null;
            entry_id: string;
        };
        /** @description Where a judge is in a pairwise stage. */
        PairwiseState: {
            /** @description Whether `POST …/pairwise/undo` would take back the last vote now. */
            can_undo: boolean;
            current?: null | components["schemas"]["PairwiseSlot"];
            previous?: null | components["schemas"]["PairwiseSlot"];
            stage_id: string;
            /** Format: int32 */
            votes: number;
        };
        PairwiseVote: {
            /** @description Which of the last two entries was better. */
            better: components["schemas"]["Better"];
        };
        /** @description A place on a panel, as the contest's organizers see it. */
        PanelMemberView: {
            /** Format: date-time */
            accepted_at?: string | null;
            display_name?: string | null;
            email: string;
            id: string;
            /** Format: date-time */
            invited_at: string;
            progress: components["schemas"]["Progress"];
            /** Format: date-time */
            removed_at?: string | null;
            /** @description `invited`, `active` or `removed`. */
            status: string;
            /** @description The account that accepted. */
            user_id?: string | null;
        };
        PasswordChange: {
            current_password: string;
            new_password: string;
        };
        PasswordResetConfirmation: {
            new_password: string;
            token: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        PhotoRef: {
            entry_id: string;
            file_id: string;
            receipt_number?: string | null;
        };
        /** @description What planning did. */
        PlanOutcome: {
            /** @description Assignments added. */
            added: number;
            /**
             * @description Entries that could not get as many judges as the stage asks for
             *     (too few judges without a conflict).
             */
            short: components["schemas"]["ShortEntry"][];
        };
        /** @description An RFC 9457 problem document as this API sends it. */
        Problem: {
            code: components["schemas"]["ErrorCode"];
            detail: string;
            errors?: components["schemas"]["FieldError"][];
            /** Format: int32 */
            status: number;
            title: string;
            type: string;
        };
        ProfileUpdate: {
            display_name?: string | null;
            locale?: null | components["schemas"]["Locale"];
        };
        /** @description How far a judge is. */
        Progress: {
            /**
             * Format: int32
             * @description Current assignments.
             */
            assigned: number;
            /**
             * Format: int32
             * @description Entries the judge declared a conflict with.
             */
            conflicts: number;
            /** Format: int32 */
            remaining: number;
            /**
             * Format: int32
             * @description Of those, with a submitted score.
             */
            scored: number;
        };
        Proposal: {
            entry_id: string;
            /**
             * Format: int32
             * @description 1..=count within the tier.
             */
            place: number;
            /** @description The entry shares its rank with an entry placed in another tier, or left without an award. */
            tied_across_boundary: boolean;
            tier: string;
        };
        PublicFile: {
            /** @description Read it at `/works/files/{id}` (and `/works/files/{id}/thumbnail`), no sign-in needed. */
            id: string;
            kind: components["schemas"]["FileKind"];
            slot: string;
            thumbnail_ready: boolean;
        };
        /**
         * @description An entry as the public sees it: its title and the answers to fields the
         *     form does not mark identifying, and its files; never who entered it
         *     beyond the credit they chose.
         */
        PublicWork: {
            answers: Record<string, never>;
            category?: string | null;
            entry_id: string;
            files: components["schemas"]["PublicFile"][];
            /** @description The first short-text answer (the work's title or proposed name). */
            title?: string | null;
        };
        /** @description What everyone sees once the results are announced. */
        PublishedResults: {
            /** Format: date-time */
            announced_at: string;
            contest_id: string;
            /** @description Best first, as the organizer ordered them. */
            tiers: components["schemas"]["PublishedTier"][];
        };
        PublishedTier: {
            key: string;
            label: components["schemas"]["Text"];
            /** @description Filled from the public vote. */
            peoples_choice: boolean;
            prize?: string | null;
            winners: components["schemas"]["Winner"][];
        };
        /** @description One entry's place in a pairwise ranking. */
        RankedEntry: {
            category?: string | null;
            entry_id: string;
            /**
             * Format: double
             * @description Estimated quality.
             */
            mu: number;
            /**
             * Format: int32
             * @description 1 = best within its category; equal μ share a rank.
             */
            rank: number;
            /**
             * Format: double
             * @description Uncertainty of `mu` (its standard deviation).
             */
            sigma: number;
            /** Format: int32 */
            views: number;
        };
        /** @description How a stage's scores become results. Stored per stage. */
        Recipe: {
            advance: components["schemas"]["AdvanceRule"];
            aggregation: components["schemas"]["Aggregation"];
            blend?: null | components["schemas"]["Blend"];
            /**
             * Format: double
             * @description The most bonus points one entry can get.
             */
            bonus_cap?: number | null;
            bonus_rules?: components["schemas"]["BonusRule"][];
            normalization: components["schemas"]["Normalization"];
            tie_breaks?: components["schemas"]["TieBreak"][];
        };
        RegisterRequest: {
            /**
             * Format: date
             * @description Needed to apply the under-14 rule; `YYYY-MM-DD`.
             */
            birth_date: string;
            consents: components["schemas"]["ConsentAnswer"][];
            display_name: string;
            email: string;
            guardian?: null | components["schemas"]["GuardianInput"];
            locale: components["schemas"]["Locale"];
            password: string;
        };
        RemovalRequest: {
            /** @description Why (kept in the audit trail). */
            reason: string;
        };
        /**
         * @description Why an account may not yet submit, vote or judge.
         * @enum {string}
         */
        Restriction: "email_unverified" | "guardian_consent_pending";
        ResultsView: {
            /**
             * @description Entries whose side of the cutoff is within the judges' disagreement:
             *     resampling the judges' scores moves them across it in 5–95% of cases.
             */
            close_calls: components["schemas"]["CloseCall"][];
            /** Format: date-time */
            computed_at: string;
            /**
             * @description Each entry's breakdown, in rank order, with the recipe's and the inputs' hashes.
             *     Written once, straight from the computed (or stored) results: no
             *     intermediate JSON tree for 10,000 entries × 9 judges.
             */
            results: Record<string, never>;
            stage_id: string;
            /** @description true once the stage is closed: these are the stored, final results. */
            stored: boolean;
        };
        Rubric: {
            /** @description A submitted sheet must carry a comment. */
            comment_required?: boolean;
            /** @description 1 to 30 criteria, in the order judges see them. */
            criteria: components["schemas"]["Criterion"][];
        };
        /** @description One change to a score, for the audit trail. */
        ScoreChangeView: {
            /** Format: date-time */
            changed_at: string;
            entry_id: string;
            judge_id: string;
            new_comment?: string | null;
            new_status: string;
            new_values: Record<string, never>;
            old_comment?: string | null;
            old_status?: string | null;
            old_values?: Record<string, never> | null;
        };
        ScoreSave: {
            comment?: string | null;
            /** @description true: submit (every criterion required, and the comment if the rubric asks for one). */
            submit?: boolean;
            /** @description Points per criterion key; a draft may leave criteria out. */
            values: {
                [key: string]: number;
            };
            /**
             * Format: int32
             * @description The version last read; omit on the first save.
             */
            version?: number | null;
        };
        ScoreView: {
            assignment_id: string;
            comment?: string | null;
            /** @description `draft` or `submitted`. */
            status: string;
            /**
             * Format: double
             * @description The weighted total of the values.
             */
            total: number;
            /** Format: date-time */
            updated_at: string;
            /** @description Points per criterion key. */
            values: {
                [key: string]: number;
            };
            /**
             * Format: int32
             * @description Send it back when saving.
             */
            version: number;
        };
        /** @description An entry as its contest's organizers see it. */
        ScreenedEntryView: components["schemas"]["EntryView"] & {
            /** @description Set when two or more submitted entries share the normalized name. */
            duplicate_group?: string | null;
            /** @description For a duplicate: the entry with the earliest receipt in its group. */
            duplicate_of?: string | null;
            /** @description The entrant's display name. */
            entrant: string;
            /** @description One of its images is near-identical to another entry's (see `/contests/{id}/duplicates`). */
            near_duplicate_photo: boolean;
            /** Format: date-time */
            screened_at?: string | null;
            /** @description `pending`, `eligible` or `disqualified`. */
            screening: string;
            screening_reason?: string | null;
        };
        ScreeningDecision: {
            /** @description `eligible`, `disqualified`, or `pending` to undo a decision. */
            decision: string;
            /** @description Required to disqualify; told to the entrant. */
            reason?: string | null;
        };
        SharedNetwork: {
            network: string;
            voters: number;
            votes: number;
        };
        ShortEntry: {
            entry_id: string;
            /** Format: int32 */
            missing: number;
        };
        Signals: {
            bursts: components["schemas"]["Burst"][];
            fresh_accounts: components["schemas"]["FreshAccountVote"][];
            shared_networks: components["schemas"]["SharedNetwork"][];
        };
        SignInRequest: {
            email: string;
            password: string;
        };
        SimilarNames: {
            a: components["schemas"]["EntryRef"];
            b: components["schemas"]["EntryRef"];
            /** @description Edit distance between the two names' jamo. */
            distance: number;
        };
        SimilarPhotos: {
            a: components["schemas"]["PhotoRef"];
            b: components["schemas"]["PhotoRef"];
            /**
             * Format: int32
             * @description Differing bits of the two 64-bit perceptual hashes.
             */
            distance: number;
        };
        /** @enum {string} */
        SkipReason: "absent" | "conflict";
        StageBreakdown: {
            advanced: boolean;
            /** Format: double */
            bonus?: number | null;
            bonus_rules: string[];
            /** @description Mean raw points per criterion, in the rubric's order (rubric stages). */
            criteria: components["schemas"]["CriterionMean"][];
            /** Format: double */
            final_score?: number | null;
            /** @description Each judge's total, without who gave it (sorted; `dropped` by a trimmed mean). */
            judges: components["schemas"]["JudgeMark"][];
            /**
             * Format: double
             * @description Rubric stages: the jury's aggregate, the public share, the bonus.
             */
            jury?: number | null;
            /** @description `rubric` or `pairwise`. */
            mode: string;
            name: components["schemas"]["Text"];
            /** Format: double */
            public?: number | null;
            /** Format: int32 */
            rank?: number | null;
            /** @description How many entries the stage ranked. */
            ranked: number;
            stage_id: string;
        };
        /**
         * @description What an organizer sends to create a stage, or to replace its settings
         *     (with the `version` they last read).
         */
        StageDocument: {
            assignment?: null | components["schemas"]["Mode"];
            /** @description Default true: judges see nothing that identifies the entrants. */
            blind?: boolean | null;
            /** Format: date-time */
            closes_at: string;
            /** @description `rubric` (the default) or `pairwise` (CrowdBT finals: judges compare entries two at a time). */
            mode?: string | null;
            name: components["schemas"]["Text"];
            /** Format: date-time */
            opens_at: string;
            recipe?: null | components["schemas"]["Recipe"];
            /** @description Changing the recipe after scoring opened: why (kept in the audit trail). */
            reopen_reason?: string | null;
            rubric?: null | components["schemas"]["Rubric"];
            /**
             * Format: int32
             * @description Updates only: the version last read.
             */
            version?: number | null;
        };
        /**
         * @description Where a stage is in its life, by the server's clock.
         * @enum {string}
         */
        StageState: "upcoming" | "scoring" | "ended" | "closed";
        StageView: {
            assignment: components["schemas"]["Mode"];
            /** @description Judges see nothing that identifies the entrants. */
            blind: boolean;
            /** Format: date-time */
            closed_at?: string | null;
            /** Format: date-time */
            closes_at: string;
            contest_id: string;
            id: string;
            /** @description `rubric`. */
            mode: string;
            name: components["schemas"]["Text"];
            /** Format: date-time */
            opens_at: string;
            /**
             * Format: int32
             * @description 1 for the first stage.
             */
            position: number;
            recipe: components["schemas"]["Recipe"];
            rubric: components["schemas"]["Rubric"];
            state: components["schemas"]["StageState"];
            /**
             * Format: int32
             * @description Send it back when saving.
             */
            version: number;
        };
        TallyEntry: {
            entry_id: string;
            /**
             * Format: double
             * @description votes / the most votes any entry has (0–1): the public score a recipe blends.
             */
            share_of_best: number;
            /** Format: int64 */
            votes: number;
        };
        TallyView: {
            /** @description Standing (not voided) votes per entry, most first. */
            entries: components["schemas"]["TallyEntry"][];
            /**
             * Format: int64
             * @description Distinct voters with a standing vote.
             */
            voters: number;
        };
        /** @description An invitation as its team sees it. */
        TeamInvitationView: {
            /** Format: date-time */
            created_at: string;
            /** @description Shown to the team's leader only. */
            email?: string | null;
            /** Format: date-time */
            expires_at: string;
            id: string;
        };
        TeamMemberView: {
            display_name: string;
            is_leader: boolean;
            /** Format: date-time */
            joined_at: string;
            user_id: string;
        };
        /**
         * @description How a contest takes teams. Absent from a contest's eligibility: individual
         *     entries only.
         */
        TeamRules: {
            /**
             * Format: int32
             * @description Submitted entries one team may have (default 1).
             */
            max_entries_per_team?: number;
            /**
             * Format: int32
             * @description Members (leader included) a team may have (1–50, at least `min_size`).
             */
            max_size: number;
            /**
             * Format: int32
             * @description Members (leader included) a team needs before it can submit (1–50).
             */
            min_size: number;
            /** @description Entries only as teams (a hackathon); otherwise people may also enter alone. */
            required?: boolean;
        };
        TeamView: {
            contest_id: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            /** @description Unanswered, unexpired invitations. */
            invitations: components["schemas"]["TeamInvitationView"][];
            leader_id: string;
            /** Format: int32 */
            member_count: number;
            /** @description In the order they joined; the leader first. */
            members: components["schemas"]["TeamMemberView"][];
            name: string;
        };
        /** @description Text in Korean, and in English where given. */
        Text: {
            en?: string | null;
            ko: string;
        };
        TieBreak: {
            key: string;
            /** @enum {string} */
            type: "criterion";
        } | {
            /** @enum {string} */
            type: "earliest_submission";
        };
        Tier: {
            /**
             * Format: int32
             * @description How many winners.
             */
            count: number;
            /** @description Lower-case letters, digits and `_`, starting with a letter; unique. */
            key: string;
            /** @description e.g. 대상 / Grand prize. */
            label: components["schemas"]["Text"];
            /** @description A people's-choice tier is filled from the public vote, not the jury's ranking. */
            peoples_choice?: boolean;
            prize?: string | null;
        };
        TokenRequest: {
            token: string;
        };
        /** @description A new access token (the refresh token is set as a cookie). */
        TokenResponse: {
            access_token: string;
            /**
             * Format: int64
             * @description Seconds until the access token expires.
             */
            expires_in: number;
            /** @description Always `Bearer`. */
            token_type: string;
        };
        VoidRequest: {
            /** @description Why (kept in the audit trail). */
            reason: string;
        };
        VoteView: {
            /** Format: date-time */
            created_at: string;
            entry_id: string;
            id: string;
            network?: string | null;
            void_reason?: string | null;
            /** Format: date-time */
            voided_at?: string | null;
            voter_id: string;
        };
        Winner: {
            /**
             * @description The name the entrant chose to show (their display name or team name
             *     unless they chose another); null when they asked not to be named.
             */
            credit?: string | null;
            /** Format: int32 */
            place: number;
            work: components["schemas"]["PublicWork"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
