/**
 * Generated from the API's OpenAPI document (/api/docs/json) by
 * apps/api/test/api-types.test.ts. Do not edit: change the zod contract and run
 * JIFEN_WRITE_API_TYPES=1 npx vitest run apps/api/test/api-types.test.ts
 */
export type paths = {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/.well-known/jifen-notice-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                /** @enum {string} */
                                alg: "EdDSA";
                                /** @enum {string} */
                                crv: "Ed25519";
                                kid: string;
                                /** @enum {string} */
                                kty: "OKP";
                                /** @enum {string} */
                                use: "sig";
                                x: string;
                            }[];
                            pem: string;
                        };
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
    "/api/v1/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Lujiazui@Ferry-26 */
                        password: string;
                        token: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                        };
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
    "/api/v1/activation/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            holderName: string;
                        };
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
    "/api/v1/admin/policy/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holidays: {
                            /** Format: date */
                            date: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        makeupWorkdays: {
                            /** Format: date */
                            date: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        notices: {
                            /** Format: date */
                            date: string;
                            number: string | null;
                            title: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        reason?: string;
                        source: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
                    "application/json": {
                        holidays: {
                            /** Format: date */
                            date: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        makeupWorkdays: {
                            /** Format: date */
                            date: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                        }[];
                        notices: {
                            /** Format: date */
                            date: string;
                            number: string | null;
                            title: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        reason?: string;
                        source: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    a: string;
                    asOf?: string;
                    b: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                /** Format: date */
                                effectiveFrom: string;
                                id: string;
                            };
                            /** Format: date */
                            asOf: string;
                            b: {
                                /** Format: date */
                                effectiveFrom: string;
                                id: string;
                            };
                            cases: {
                                assessed: number;
                                changed: {
                                    /** Format: uuid */
                                    holderId: string;
                                    name: string;
                                    residentIdMasked: string;
                                    totalA: number;
                                    totalB: number;
                                }[];
                                crossedDown: {
                                    /** Format: uuid */
                                    holderId: string;
                                    name: string;
                                    residentIdMasked: string;
                                    totalA: number;
                                    totalB: number;
                                }[];
                                crossedUp: {
                                    /** Format: uuid */
                                    holderId: string;
                                    name: string;
                                    residentIdMasked: string;
                                    totalA: number;
                                    totalB: number;
                                }[];
                                datesMoved: {
                                    /** Format: date */
                                    a: string;
                                    /** Format: date */
                                    b: string;
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    holderId: string;
                                    name: string;
                                    ruleId: string;
                                }[];
                                distribution: {
                                    a: number;
                                    b: number;
                                    from: number;
                                    to: number | null;
                                }[];
                                notAssessable: number;
                            };
                            parameters: {
                                a: unknown;
                                b: unknown;
                                path: string;
                                sourceA: string | null;
                                sourceB: string | null;
                            }[];
                        };
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
    "/api/v1/admin/policy/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "calendar" | "wage" | "version";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                basedOn: string | null;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            }[];
                        };
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
    "/api/v1/admin/policy/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/documents/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/documents/{id}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                            dueDates: {
                                /** Format: date */
                                after: string | null;
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: date */
                                before: string | null;
                                holderName: string;
                                /** Format: date */
                                startedOn: string;
                                stillPendingYear: number | null;
                            }[];
                            pendingChecks: number;
                            problems: string[];
                        };
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
    "/api/v1/admin/policy/documents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                            employersTold?: number;
                            resolved: {
                                checks: number;
                                dueDates: number;
                            };
                        };
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
    "/api/v1/admin/policy/documents/{id}/wage-impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            assessed: number;
                            document: {
                                basedOn: string | null;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                            figureBefore: number | null;
                            monthlyAverage: number;
                            notAssessable: number;
                            rows: {
                                /** @enum {string|null} */
                                crossed: "up" | "down" | null;
                                /** Format: uuid */
                                employerId: string | null;
                                employerName: string | null;
                                /** Format: uuid */
                                holderId: string;
                                lines: {
                                    after: number;
                                    baseToKeep: number;
                                    before: number;
                                    figureAfter: number;
                                    figureBefore: number;
                                    multiple: number;
                                    /** @enum {string} */
                                    ruleId: "S-9" | "S-4";
                                }[];
                                name: string;
                                residentIdMasked: string;
                                totalAfter: number;
                                totalBefore: number;
                            }[];
                            year: number;
                        };
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
    "/api/v1/admin/policy/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applications: number;
                                /** @enum {string} */
                                kind: "calendar" | "wage";
                                /** Format: date */
                                since: string | null;
                                year: number;
                            }[];
                        };
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
    "/api/v1/admin/policy/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            matched: number;
                            mismatches: {
                                policyId: string;
                                problem: string;
                                replayed: unknown;
                                stored: unknown;
                                /** Format: uuid */
                                subjectId: string;
                                /** @enum {string} */
                                subjectType: "application" | "saved_assessment";
                            }[];
                            withoutInput: number;
                        };
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
    "/api/v1/admin/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basedOn: string;
                        changes: {
                            path: string;
                            source: string;
                            value: unknown;
                        }[];
                        /** Format: date */
                        effectiveFrom: string;
                        id: string;
                        name: {
                            en: string;
                            zh: string;
                        };
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
                    "application/json": {
                        basedOn: string;
                        changes: {
                            path: string;
                            source: string;
                            value: unknown;
                        }[];
                        /** Format: date */
                        effectiveFrom: string;
                        id: string;
                        name: {
                            en: string;
                            zh: string;
                        };
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/wages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        monthlyAverage: number;
                        reason?: string;
                        source: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/policy/wages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
                    "application/json": {
                        monthlyAverage: number;
                        reason?: string;
                        source: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: {
                                basedOn: string | null;
                                doc: unknown;
                                docHash: string;
                                /** Format: date-time */
                                draftedAt: string;
                                draftedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                key: string;
                                /** @enum {string} */
                                kind: "calendar" | "wage" | "version";
                                /** @enum {string} */
                                origin: "shipped" | "admin";
                                parameters?: {
                                    path: string;
                                    source: string;
                                    value: unknown;
                                }[];
                                /** Format: date-time */
                                publishedAt: string | null;
                                publishedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                reason: string | null;
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "discarded";
                            };
                        };
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
    "/api/v1/admin/sms/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending";
                        };
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
    "/api/v1/admin/sms/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                /** Format: uuid */
                                applicationId: string | null;
                                attempts: number;
                                createdAt: string;
                                failedAt: string | null;
                                failureCode: string | null;
                                /** Format: uuid */
                                id: string;
                                reason: string | null;
                                resendable: boolean;
                                template: string;
                                text: string;
                                textEn: string;
                                to: string | null;
                            }[];
                        };
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
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    holderId?: string;
                    q?: string;
                    state?: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header: {
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        holderId: string;
                        /** @enum {string} */
                        kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/v1/applications/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw";
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/v1/applications/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checklist: {
                                inPerson: boolean;
                                items: {
                                    copy: boolean;
                                    id: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    original: boolean;
                                    requirement: {
                                        en: string;
                                        zh: string;
                                    };
                                    ruleId: string;
                                    sealOnCopy: boolean;
                                }[];
                                /** @enum {string} */
                                path: "employer_unchanged" | "employer_changed";
                                ruleId: string;
                                where: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
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
    "/api/v1/applications/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            assignedAt: string | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
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
    "/api/v1/applications/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: uuid */
                        toUserId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            assignedAt: string | null;
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
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
    "/api/v1/applications/{id}/holder-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invitation: {
                                applicationNumber: string;
                                /** Format: date-time */
                                expiresAt: string;
                                mobile: string;
                            };
                        };
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
    "/api/v1/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: date */
                        contractEnd?: string;
                        /** Format: date */
                        contractStart?: string;
                        expectedVersion: number;
                        hrSpecialistInPerson: boolean;
                        items: {
                            business_licence: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            holder_id_card: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            hr_id_card: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            introduction_letter: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            labour_contract: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            residence_permit: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            termination_record: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                            uscc_certificate: {
                                copy: boolean;
                                originalSeen: boolean;
                                present: boolean;
                                sealed: boolean;
                            };
                        };
                        /** Format: date */
                        permitValidUntil?: string;
                        /** Format: date */
                        terminationLeaveDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                            check: {
                                /** Format: date-time */
                                checkedAt: string;
                                checkedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                items: {
                                    [key: string]: {
                                        copy: boolean;
                                        originalSeen: boolean;
                                        present: boolean;
                                        sealed: boolean;
                                    };
                                };
                                /** @enum {string} */
                                outcome: "accepted" | "returned";
                                problems: {
                                    item: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    ruleId: string;
                                }[];
                                receiptNo: string | null;
                                /** Format: date */
                                visitDate: string;
                            };
                        };
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
    "/api/v1/applications/{id}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/applications/{id}/notice/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        note?: string;
                        /** @enum {string} */
                        reason: "points_cleared" | "false_material" | "correction";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            noticeNo: string;
                            /** @enum {boolean} */
                            revoked: true;
                        };
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
    "/api/v1/applications/{id}/paper-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query: {
                    expectedVersion: number;
                    signedOn: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/v1/applications/{id}/paper-confirmation/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/applications/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            preview: {
                                /** Format: date */
                                asOf: string;
                                lastApproved: {
                                    /** Format: date */
                                    approvedOn: string | null;
                                    changes: {
                                        after: number;
                                        before: number;
                                        indicator: string;
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                        pending: {
                                            /** @enum {string} */
                                            kind: "wage";
                                            message: {
                                                en: string;
                                                zh: string;
                                            };
                                            /** @enum {string} */
                                            ruleId: "P-2";
                                            year: number;
                                        } | null;
                                        ruleId: string;
                                        text: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    explanation: {
                                        en: string;
                                        zh: string;
                                    };
                                    linesKnown: boolean;
                                    number: string;
                                    total: number;
                                } | null;
                                lines: {
                                    indicator: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    pending: {
                                        /** @enum {string} */
                                        kind: "wage";
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @enum {string} */
                                        ruleId: "P-2";
                                        year: number;
                                    } | null;
                                    points: number;
                                    reason: {
                                        en: string;
                                        zh: string;
                                    } | null;
                                    ruleId: string;
                                }[];
                                policyHash: string;
                                policyId: string;
                                standardScore: number;
                                total: number;
                                unavailable: {
                                    code: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                } | null;
                            };
                        };
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
    "/api/v1/applications/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                fileRetrieval: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                } | null;
                                findings: {
                                    active: boolean;
                                    applicationNumber: string;
                                    /** Format: date */
                                    barredUntil: string;
                                    /** Format: date */
                                    countsUntil: string;
                                    /** Format: date */
                                    foundOn: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    penalty: number;
                                    reason: string;
                                    /** @enum {string} */
                                    ruleId: "C-5";
                                }[];
                                lines: {
                                    /** @enum {string|null} */
                                    adjustable: "education" | "title" | "years" | "commendation" | null;
                                    claimed: number;
                                    decision: {
                                        /** Format: date-time */
                                        at: string;
                                        by: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        decision: "accepted" | "adjusted" | "rejected";
                                        reason: string;
                                        value: ({
                                            /** @enum {string} */
                                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                        } | {
                                            /** @enum {string} */
                                            title: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        } | {
                                            years: number;
                                        } | {
                                            /** @enum {string} */
                                            commendation: "municipal_bureau" | "municipal" | "provincial";
                                        }) | null;
                                    } | null;
                                    indicator: string;
                                    reason?: {
                                        en: string;
                                        zh: string;
                                    };
                                    reviewable: boolean;
                                    reviewed: number;
                                    ruleId: string;
                                }[];
                                materials: {
                                    /** Format: date-time */
                                    checkedAt: string;
                                    checkedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    items: {
                                        [key: string]: {
                                            copy: boolean;
                                            originalSeen: boolean;
                                            present: boolean;
                                            sealed: boolean;
                                        };
                                    };
                                    /** @enum {string} */
                                    outcome: "accepted" | "returned";
                                    problems: {
                                        item: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    }[];
                                    receiptNo: string | null;
                                    /** Format: date */
                                    visitDate: string;
                                } | null;
                                totals: {
                                    claimedTotal: number;
                                    policyHash: string;
                                    policyId: string;
                                    reviewedTotal: number;
                                    standardScore: number;
                                } | null;
                            };
                        };
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
    "/api/v1/applications/{id}/review/false-material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        expectedVersion: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                allowedActions: ("confirm" | "reopen" | "submit" | "accept_materials" | "return_for_correction" | "approve" | "reject" | "withdraw")[];
                                checks: {
                                    advisory?: boolean;
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    notApplicable?: boolean;
                                    passed: boolean;
                                    pending?: {
                                        /** @enum {string} */
                                        kind: "calendar" | "wage";
                                        year: number;
                                    };
                                    ruleId: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                dataChanged: boolean;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                employerChanged: boolean;
                                events: {
                                    action: string;
                                    /** Format: uuid */
                                    actorId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string|null} */
                                    from: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn" | null;
                                    policyHash: string | null;
                                    policyId: string | null;
                                    reason: string | null;
                                    /** @enum {string} */
                                    role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system";
                                    ruleId: string | null;
                                    seq: number;
                                    /** @enum {string} */
                                    to: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                }[];
                                holder: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderHasAccount: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                nextStep: {
                                    options: ("invite_by_sms" | "paper_confirmation")[];
                                    ruleId: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string|null} */
                                    waitingFor: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin" | "system" | null;
                                };
                                /** Format: date */
                                noticeIssuedOn: string | null;
                                number: string;
                                paperConfirmation: {
                                    /** Format: date-time */
                                    recordedAt: string;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    scan: {
                                        bytes: number;
                                        contentType: string;
                                        filename: string;
                                        sha256: string;
                                    };
                                    /** Format: date */
                                    signedOn: string;
                                } | null;
                                pending: {
                                    /** @enum {string} */
                                    kind: "calendar" | "wage";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    ruleId: "P-2";
                                    year: number;
                                }[];
                                policyHash: string | null;
                                policyId: string | null;
                                sla: {
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached";
                                    workingDaysLeft: number;
                                } | null;
                                /** Format: date */
                                slaDue: string | null;
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                timeline: {
                                    blocker: {
                                        code: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    } | null;
                                    permitPeriod: {
                                        expiresOn: string;
                                        /** Format: uuid */
                                        id: string;
                                        issuedOn: string;
                                    } | null;
                                };
                                total: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            };
                        };
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
    "/api/v1/applications/{id}/review/file-retrieval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                fileRetrieval: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                } | null;
                                findings: {
                                    active: boolean;
                                    applicationNumber: string;
                                    /** Format: date */
                                    barredUntil: string;
                                    /** Format: date */
                                    countsUntil: string;
                                    /** Format: date */
                                    foundOn: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    penalty: number;
                                    reason: string;
                                    /** @enum {string} */
                                    ruleId: "C-5";
                                }[];
                                lines: {
                                    /** @enum {string|null} */
                                    adjustable: "education" | "title" | "years" | "commendation" | null;
                                    claimed: number;
                                    decision: {
                                        /** Format: date-time */
                                        at: string;
                                        by: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        decision: "accepted" | "adjusted" | "rejected";
                                        reason: string;
                                        value: ({
                                            /** @enum {string} */
                                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                        } | {
                                            /** @enum {string} */
                                            title: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        } | {
                                            years: number;
                                        } | {
                                            /** @enum {string} */
                                            commendation: "municipal_bureau" | "municipal" | "provincial";
                                        }) | null;
                                    } | null;
                                    indicator: string;
                                    reason?: {
                                        en: string;
                                        zh: string;
                                    };
                                    reviewable: boolean;
                                    reviewed: number;
                                    ruleId: string;
                                }[];
                                materials: {
                                    /** Format: date-time */
                                    checkedAt: string;
                                    checkedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    items: {
                                        [key: string]: {
                                            copy: boolean;
                                            originalSeen: boolean;
                                            present: boolean;
                                            sealed: boolean;
                                        };
                                    };
                                    /** @enum {string} */
                                    outcome: "accepted" | "returned";
                                    problems: {
                                        item: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    }[];
                                    receiptNo: string | null;
                                    /** Format: date */
                                    visitDate: string;
                                } | null;
                                totals: {
                                    claimedTotal: number;
                                    policyHash: string;
                                    policyId: string;
                                    reviewedTotal: number;
                                    standardScore: number;
                                } | null;
                            };
                        };
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
    "/api/v1/applications/{id}/review/indicators/{indicator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    indicator: "education" | "title" | "shortageMajor" | "talent" | "publicService" | "remoteSuburb" | "freshGraduate" | "commendation" | "spouseHukou" | "investment";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accepted" | "adjusted" | "rejected";
                        reason: string;
                        value?: {
                            /** @enum {string} */
                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                        } | {
                            /** @enum {string} */
                            title: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                        } | {
                            years: number;
                        } | {
                            /** @enum {string} */
                            commendation: "municipal_bureau" | "municipal" | "provincial";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                fileRetrieval: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                } | null;
                                findings: {
                                    active: boolean;
                                    applicationNumber: string;
                                    /** Format: date */
                                    barredUntil: string;
                                    /** Format: date */
                                    countsUntil: string;
                                    /** Format: date */
                                    foundOn: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    penalty: number;
                                    reason: string;
                                    /** @enum {string} */
                                    ruleId: "C-5";
                                }[];
                                lines: {
                                    /** @enum {string|null} */
                                    adjustable: "education" | "title" | "years" | "commendation" | null;
                                    claimed: number;
                                    decision: {
                                        /** Format: date-time */
                                        at: string;
                                        by: {
                                            /** Format: uuid */
                                            id: string;
                                            name: string;
                                        };
                                        /** @enum {string} */
                                        decision: "accepted" | "adjusted" | "rejected";
                                        reason: string;
                                        value: ({
                                            /** @enum {string} */
                                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                        } | {
                                            /** @enum {string} */
                                            title: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        } | {
                                            years: number;
                                        } | {
                                            /** @enum {string} */
                                            commendation: "municipal_bureau" | "municipal" | "provincial";
                                        }) | null;
                                    } | null;
                                    indicator: string;
                                    reason?: {
                                        en: string;
                                        zh: string;
                                    };
                                    reviewable: boolean;
                                    reviewed: number;
                                    ruleId: string;
                                }[];
                                materials: {
                                    /** Format: date-time */
                                    checkedAt: string;
                                    checkedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    items: {
                                        [key: string]: {
                                            copy: boolean;
                                            originalSeen: boolean;
                                            present: boolean;
                                            sealed: boolean;
                                        };
                                    };
                                    /** @enum {string} */
                                    outcome: "accepted" | "returned";
                                    problems: {
                                        item: string;
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        ruleId: string;
                                    }[];
                                    receiptNo: string | null;
                                    /** Format: date */
                                    visitDate: string;
                                } | null;
                                totals: {
                                    claimedTotal: number;
                                    policyHash: string;
                                    policyId: string;
                                    reviewedTotal: number;
                                    standardScore: number;
                                } | null;
                            };
                        };
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
    "/api/v1/applications/{id}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            } | null;
                        };
                    };
                };
            };
        };
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
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            };
                        };
                    };
                };
            };
        };
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
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            };
                        };
                    };
                };
            };
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            booking: {
                                /** Format: uuid */
                                applicationId: string;
                                /** Format: uuid */
                                id: string;
                                slot: {
                                    available: number;
                                    booked: number;
                                    capacity: number;
                                    district: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    startsAt: string;
                                };
                                /** @enum {string} */
                                status: "booked" | "cancelled";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Points self-assessment (S-17), stateless; nothing is stored
         * @description The same @jifen/domain engine as the public page. Input validated by the domain assessmentInputSchema; the response carries the policy version id and parameter hash (P-3).
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
                    "application/json": {
                        /**
                         * Format: date
                         * @description evaluation date; today's date in Shanghai when omitted
                         */
                        asOf?: string;
                        /**
                         * AssessmentInput
                         * @description Input of a Shanghai residence-permit points assessment (S-2..S-16, C-1..C-8)
                         */
                        input: {
                            age?: number;
                            /**
                             * Format: date
                             * @description S-2: birth date; or give age
                             * @example 1996-02-01
                             */
                            birthDate?: string;
                            commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                            contractEmployerUscc?: string;
                            /** @enum {string} */
                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                            freshGraduate?: boolean;
                            investment?: {
                                averageAnnualTaxYuan?: number;
                                localHiresPerYear?: number;
                            };
                            publicServiceYears?: number;
                            records?: {
                                detentionDates?: string[];
                                falseMaterialDates?: string[];
                                /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                familyPlanningViolation?: boolean;
                                generalCrimeDates?: string[];
                                seriousCrime?: boolean;
                            };
                            remoteSuburbYears?: number;
                            shortageMajor?: {
                                jobMatches: boolean;
                            };
                            socialInsurance: {
                                /** @enum {string} */
                                kind: "records";
                                months: {
                                    /** @description paid later as a back-payment (补缴); never counts */
                                    backPaid?: boolean;
                                    /** @description contribution base, yuan per month */
                                    base?: number;
                                    employerUscc?: string;
                                    /** @example 2026-02 */
                                    month: string;
                                    paid: boolean;
                                    /** @description companies declaring income tax this month */
                                    taxDeclarers?: string[];
                                    /** @description monthly taxed income, yuan */
                                    taxedIncome?: number;
                                }[];
                            } | {
                                /** @description S-9: minMultiple of the highest base tier reached, or null */
                                baseMultipleTier: number | null;
                                /** @description C-1: insured in Shanghai in the month of application */
                                insuredThisMonth: boolean;
                                /** @enum {string} */
                                kind: "summary";
                                /** @description C-1: months paid normally in the last 12 months */
                                monthsPaidInWindow: number;
                                /** @description S-6: months paid normally, back-payments excluded */
                                qualifyingMonths: number;
                                /** @description S-4: months in the last year at >= the average wage */
                                titleBaseMonths?: number;
                            };
                            /**
                             * Format: date
                             * @example 1996-02-01
                             */
                            spouseHukouMarriageDate?: string;
                            /** @enum {string} */
                            talent?: "entrepreneur" | "intermediary";
                            title?: {
                                /** @description C-4: the job description matches the title */
                                jobMatches: boolean;
                                /** @enum {string} */
                                level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                obtainedInShanghai: boolean;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                /** Format: date */
                                asOf: string;
                                eligibility: {
                                    message?: {
                                        en: string;
                                        zh: string;
                                    };
                                    months?: string[];
                                    passed: boolean;
                                    /** @description rule ID from the rule book, e.g. S-3 */
                                    ruleId: string;
                                }[];
                                eligible: boolean;
                                lines: {
                                    error?: {
                                        code: string;
                                        details?: {
                                            [key: string]: unknown;
                                        };
                                        message: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @description rule ID from the rule book, e.g. S-3 */
                                        ruleId?: string;
                                    };
                                    indicator: string;
                                    points: number;
                                    raise?: {
                                        en: string;
                                        zh: string;
                                    };
                                    reason?: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description rule ID from the rule book, e.g. S-3 */
                                    ruleId: string;
                                }[];
                                meetsStandard: boolean;
                                policyHash: string;
                                policyId: string;
                                shortfall: number;
                                standardScore: number;
                                total: number;
                            };
                            earliest: {
                                /** Format: date */
                                date: string | null;
                                horizonYears: number;
                                reasoning: {
                                    en: string;
                                    zh: string;
                                };
                                target: number;
                                totalNow: number;
                                totalThen: number;
                            };
                            improvements: {
                                gain: number;
                                indicator: string;
                                newTotal: number;
                                /** @description rule ID from the rule book, e.g. S-3 */
                                ruleId: string;
                                text: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            policy: {
                                hash: string;
                                id: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: string | "system";
                    before?: number;
                    from?: string;
                    limit?: number;
                    subjectId?: string;
                    subjectType?: "application" | "holder" | "employer" | "user" | "consultation" | "visit_slot" | "policy_calendar" | "policy_wage" | "policy_version" | "system" | "knowledge_entry" | "saved_reply" | "points_record" | "lifecycle_sweep";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                /** Format: uuid */
                                actorId: string | null;
                                actorName: string | null;
                                actorRole: string | null;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                hash: string;
                                /** @description gapless sequence number */
                                id: string;
                                reason: string | null;
                                requestId: string | null;
                                subjectId: string | null;
                                subjectName: string | null;
                                subjectType: string;
                            }[];
                            nextBefore: number | null;
                        };
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
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            firstBadEntryId?: string;
                            ok: boolean;
                            problem?: string;
                        };
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
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        /** @example Lujiazui@Ferry-26 */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                centre?: {
                                    id: string;
                                    name: string;
                                };
                                displayName: string;
                                district?: {
                                    code: string;
                                    name: string;
                                };
                                employer?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "pending" | "verified" | "rejected";
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {boolean} */
                                mustChangePassword?: true;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                centre?: {
                                    id: string;
                                    name: string;
                                };
                                displayName: string;
                                district?: {
                                    code: string;
                                    name: string;
                                };
                                employer?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "pending" | "verified" | "rejected";
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {boolean} */
                                mustChangePassword?: true;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
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
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                centre?: {
                                    id: string;
                                    name: string;
                                };
                                displayName: string;
                                district?: {
                                    code: string;
                                    name: string;
                                };
                                employer?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "pending" | "verified" | "rejected";
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {boolean} */
                                mustChangePassword?: true;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                centre?: {
                                    id: string;
                                    name: string;
                                };
                                displayName: string;
                                district?: {
                                    code: string;
                                    name: string;
                                };
                                employer?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    status: "pending" | "verified" | "rejected";
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {boolean} */
                                mustChangePassword?: true;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            } | null;
                        };
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
    "/api/v1/consult/consultants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
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
    "/api/v1/consult/instant-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Knowledge-base entries ranked for a question, and L-8 for a date in it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            entries: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                id: string;
                                ruleIds: string[];
                                score: number;
                                slug: string;
                                title: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            lifecycle: {
                                basis: {
                                    days?: number;
                                    /** @enum {string} */
                                    kind: "date" | "overdue" | "until";
                                    text: string;
                                };
                                daysLeft: number | null;
                                /** Format: date */
                                expiry: string;
                                holdingYears: {
                                    reason: {
                                        en: string;
                                        zh: string;
                                    };
                                    restart: boolean;
                                    ruleId: string;
                                };
                                n: number;
                                nextDeadline: {
                                    /** Format: date */
                                    date: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    ruleId: string;
                                } | null;
                                policyId: string;
                                /** @enum {string} */
                                state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                stateLabel: {
                                    en: string;
                                    zh: string;
                                };
                                timeline: {
                                    /** Format: date */
                                    date: string;
                                    kind: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    ruleId: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every entry: drafts, published, retired */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                keywords: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                ruleIds: string[];
                                slug: string;
                                states: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A new draft (also: an answer turned into an entry) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: {
                            en: string;
                            zh: string;
                        };
                        keywords: {
                            en: string;
                            zh: string;
                        };
                        ruleIds: string[];
                        slug: string;
                        /** @default [] */
                        states?: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                        title: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                keywords: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                ruleIds: string[];
                                slug: string;
                                states: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit: saves the entry as a draft */
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
                    "application/json": {
                        body: {
                            en: string;
                            zh: string;
                        };
                        keywords: {
                            en: string;
                            zh: string;
                        };
                        ruleIds: string[];
                        slug: string;
                        /** @default [] */
                        states?: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                        title: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                keywords: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                ruleIds: string[];
                                slug: string;
                                states: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/knowledge/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                keywords: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                ruleIds: string[];
                                slug: string;
                                states: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/knowledge/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                keywords: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                publishedAt: string | null;
                                ruleIds: string[];
                                slug: string;
                                states: ("valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed")[];
                                /** @enum {string} */
                                status: "draft" | "published" | "retired";
                                title: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/saved-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replies: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                ruleIds: string[];
                                slug: string;
                                title: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A new saved reply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: {
                            en: string;
                            zh: string;
                        };
                        /** @default [] */
                        ruleIds?: string[];
                        slug: string;
                        title: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                ruleIds: string[];
                                slug: string;
                                title: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/saved-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit a saved reply */
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
                    "application/json": {
                        body: {
                            en: string;
                            zh: string;
                        };
                        /** @default [] */
                        ruleIds?: string[];
                        slug: string;
                        title: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                body: {
                                    en: string;
                                    zh: string;
                                };
                                /** Format: uuid */
                                id: string;
                                ruleIds: string[];
                                slug: string;
                                title: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consult/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a question online (PI-3: consent to the privacy notice required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessment?: {
                            /**
                             * Format: date
                             * @description evaluation date; today's date in Shanghai when omitted
                             */
                            asOf?: string;
                            /**
                             * AssessmentInput
                             * @description Input of a Shanghai residence-permit points assessment (S-2..S-16, C-1..C-8)
                             */
                            input: {
                                age?: number;
                                /**
                                 * Format: date
                                 * @description S-2: birth date; or give age
                                 * @example 1996-02-01
                                 */
                                birthDate?: string;
                                commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                contractEmployerUscc?: string;
                                /** @enum {string} */
                                education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                freshGraduate?: boolean;
                                investment?: {
                                    averageAnnualTaxYuan?: number;
                                    localHiresPerYear?: number;
                                };
                                publicServiceYears?: number;
                                records?: {
                                    detentionDates?: string[];
                                    falseMaterialDates?: string[];
                                    /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                    familyPlanningViolation?: boolean;
                                    generalCrimeDates?: string[];
                                    seriousCrime?: boolean;
                                };
                                remoteSuburbYears?: number;
                                shortageMajor?: {
                                    jobMatches: boolean;
                                };
                                socialInsurance: {
                                    /** @enum {string} */
                                    kind: "records";
                                    months: {
                                        /** @description paid later as a back-payment (补缴); never counts */
                                        backPaid?: boolean;
                                        /** @description contribution base, yuan per month */
                                        base?: number;
                                        employerUscc?: string;
                                        /** @example 2026-02 */
                                        month: string;
                                        paid: boolean;
                                        /** @description companies declaring income tax this month */
                                        taxDeclarers?: string[];
                                        /** @description monthly taxed income, yuan */
                                        taxedIncome?: number;
                                    }[];
                                } | {
                                    /** @description S-9: minMultiple of the highest base tier reached, or null */
                                    baseMultipleTier: number | null;
                                    /** @description C-1: insured in Shanghai in the month of application */
                                    insuredThisMonth: boolean;
                                    /** @enum {string} */
                                    kind: "summary";
                                    /** @description C-1: months paid normally in the last 12 months */
                                    monthsPaidInWindow: number;
                                    /** @description S-6: months paid normally, back-payments excluded */
                                    qualifyingMonths: number;
                                    /** @description S-4: months in the last year at >= the average wage */
                                    titleBaseMonths?: number;
                                };
                                /**
                                 * Format: date
                                 * @example 1996-02-01
                                 */
                                spouseHukouMarriageDate?: string;
                                /** @enum {string} */
                                talent?: "entrepreneur" | "intermediary";
                                title?: {
                                    /** @description C-4: the job description matches the title */
                                    jobMatches: boolean;
                                    /** @enum {string} */
                                    level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                    obtainedInShanghai: boolean;
                                };
                            };
                        };
                        /** @enum {boolean} */
                        consent: true;
                        /**
                         * @default zh
                         * @enum {string}
                         */
                        language?: "zh" | "en";
                        /** @example 13800001111 */
                        mobile?: string;
                        /**
                         * @default 2026-01
                         * @enum {string}
                         */
                        noticeVersion?: "2026-01";
                        /** @default false */
                        notifySms?: boolean;
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            deleteAfter: string;
                            /** @enum {string} */
                            mobileCode: "none" | "sent" | "limit_reached";
                            reference: string;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "waiting" | "answered" | "closed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/threads/by-reference/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread by its code (an account's thread: only that account) */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            deleteAfter: string;
                            hasAssessment: boolean;
                            messages: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                author: "person" | "consultant" | "system";
                                authorName: string | null;
                                body: string;
                                ruleIds: string[];
                                seq: number;
                            }[];
                            /** @description masked */
                            mobile: string | null;
                            mobileVerified: boolean;
                            notifySms: boolean;
                            question: string;
                            reference: string;
                            /** @enum {string} */
                            status: "waiting" | "answered" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Withdraw: deletes the thread and everything in it (PI-3) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consult/threads/by-reference/{reference}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A follow-up question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            deleteAfter: string;
                            hasAssessment: boolean;
                            messages: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                author: "person" | "consultant" | "system";
                                authorName: string | null;
                                body: string;
                                ruleIds: string[];
                                seq: number;
                            }[];
                            /** @description masked */
                            mobile: string | null;
                            mobileVerified: boolean;
                            notifySms: boolean;
                            question: string;
                            reference: string;
                            /** @enum {string} */
                            status: "waiting" | "answered" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/threads/by-reference/{reference}/mobile-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The code texted to the number: only a proved number is told of answers by SMS (issue 18) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            deleteAfter: string;
                            hasAssessment: boolean;
                            messages: {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                author: "person" | "consultant" | "system";
                                authorName: string | null;
                                body: string;
                                ruleIds: string[];
                                seq: number;
                            }[];
                            /** @description masked */
                            mobile: string | null;
                            mobileVerified: boolean;
                            notifySms: boolean;
                            question: string;
                            reference: string;
                            /** @enum {string} */
                            status: "waiting" | "answered" | "closed";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/workbench": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The queue, oldest first, with the first-answer goal, a page at a time */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "waiting" | "answered" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            goalHours: number;
                            nextCursor: string | null;
                            threads: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                claimedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                goal: {
                                    answered: boolean;
                                    goalHours: number;
                                    leftMinutes: number;
                                    overdue: boolean;
                                    waitedMinutes: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                messages: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    author: "person" | "consultant" | "system";
                                    authorName: string | null;
                                    body: string;
                                    ruleIds: string[];
                                    seq: number;
                                }[];
                                /** @description masked */
                                mobile: string | null;
                                notifySms: boolean;
                                question: string;
                                reference: string;
                                signedIn: boolean;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
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
    "/api/v1/consult/workbench/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        body: string;
                        /** @default [] */
                        ruleIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thread: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                claimedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                goal: {
                                    answered: boolean;
                                    goalHours: number;
                                    leftMinutes: number;
                                    overdue: boolean;
                                    waitedMinutes: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                messages: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    author: "person" | "consultant" | "system";
                                    authorName: string | null;
                                    body: string;
                                    ruleIds: string[];
                                    seq: number;
                                }[];
                                /** @description masked */
                                mobile: string | null;
                                notifySms: boolean;
                                question: string;
                                reference: string;
                                signedIn: boolean;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/workbench/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thread: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                claimedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                goal: {
                                    answered: boolean;
                                    goalHours: number;
                                    leftMinutes: number;
                                    overdue: boolean;
                                    waitedMinutes: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                messages: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    author: "person" | "consultant" | "system";
                                    authorName: string | null;
                                    body: string;
                                    ruleIds: string[];
                                    seq: number;
                                }[];
                                /** @description masked */
                                mobile: string | null;
                                notifySms: boolean;
                                question: string;
                                reference: string;
                                signedIn: boolean;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/workbench/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thread: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                claimedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                goal: {
                                    answered: boolean;
                                    goalHours: number;
                                    leftMinutes: number;
                                    overdue: boolean;
                                    waitedMinutes: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                messages: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    author: "person" | "consultant" | "system";
                                    authorName: string | null;
                                    body: string;
                                    ruleIds: string[];
                                    seq: number;
                                }[];
                                /** @description masked */
                                mobile: string | null;
                                notifySms: boolean;
                                question: string;
                                reference: string;
                                signedIn: boolean;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consult/workbench/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        note?: string;
                        /** Format: uuid */
                        toUserId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thread: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                claimedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                goal: {
                                    answered: boolean;
                                    goalHours: number;
                                    leftMinutes: number;
                                    overdue: boolean;
                                    waitedMinutes: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                messages: {
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    author: "person" | "consultant" | "system";
                                    authorName: string | null;
                                    body: string;
                                    ruleIds: string[];
                                    seq: number;
                                }[];
                                /** @description masked */
                                mobile: string | null;
                                notifySms: boolean;
                                question: string;
                                reference: string;
                                signedIn: boolean;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "new" | "called_back" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultations: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                /** @description masked */
                                mobile: string;
                                name: string;
                                notes: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    text: string;
                                }[];
                                question: string;
                                reference: string;
                                /** @enum {string} */
                                status: "new" | "called_back" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask for a call-back (PI-3: consent to the privacy notice required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessment?: {
                            /**
                             * Format: date
                             * @description evaluation date; today's date in Shanghai when omitted
                             */
                            asOf?: string;
                            /**
                             * AssessmentInput
                             * @description Input of a Shanghai residence-permit points assessment (S-2..S-16, C-1..C-8)
                             */
                            input: {
                                age?: number;
                                /**
                                 * Format: date
                                 * @description S-2: birth date; or give age
                                 * @example 1996-02-01
                                 */
                                birthDate?: string;
                                commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                contractEmployerUscc?: string;
                                /** @enum {string} */
                                education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                freshGraduate?: boolean;
                                investment?: {
                                    averageAnnualTaxYuan?: number;
                                    localHiresPerYear?: number;
                                };
                                publicServiceYears?: number;
                                records?: {
                                    detentionDates?: string[];
                                    falseMaterialDates?: string[];
                                    /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                    familyPlanningViolation?: boolean;
                                    generalCrimeDates?: string[];
                                    seriousCrime?: boolean;
                                };
                                remoteSuburbYears?: number;
                                shortageMajor?: {
                                    jobMatches: boolean;
                                };
                                socialInsurance: {
                                    /** @enum {string} */
                                    kind: "records";
                                    months: {
                                        /** @description paid later as a back-payment (补缴); never counts */
                                        backPaid?: boolean;
                                        /** @description contribution base, yuan per month */
                                        base?: number;
                                        employerUscc?: string;
                                        /** @example 2026-02 */
                                        month: string;
                                        paid: boolean;
                                        /** @description companies declaring income tax this month */
                                        taxDeclarers?: string[];
                                        /** @description monthly taxed income, yuan */
                                        taxedIncome?: number;
                                    }[];
                                } | {
                                    /** @description S-9: minMultiple of the highest base tier reached, or null */
                                    baseMultipleTier: number | null;
                                    /** @description C-1: insured in Shanghai in the month of application */
                                    insuredThisMonth: boolean;
                                    /** @enum {string} */
                                    kind: "summary";
                                    /** @description C-1: months paid normally in the last 12 months */
                                    monthsPaidInWindow: number;
                                    /** @description S-6: months paid normally, back-payments excluded */
                                    qualifyingMonths: number;
                                    /** @description S-4: months in the last year at >= the average wage */
                                    titleBaseMonths?: number;
                                };
                                /**
                                 * Format: date
                                 * @example 1996-02-01
                                 */
                                spouseHukouMarriageDate?: string;
                                /** @enum {string} */
                                talent?: "entrepreneur" | "intermediary";
                                title?: {
                                    /** @description C-4: the job description matches the title */
                                    jobMatches: boolean;
                                    /** @enum {string} */
                                    level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                    obtainedInShanghai: boolean;
                                };
                            };
                        };
                        /** @enum {boolean} */
                        consent: true;
                        /**
                         * @default zh
                         * @enum {string}
                         */
                        language?: "zh" | "en";
                        /** @example 13800001111 */
                        mobile: string;
                        name: string;
                        /**
                         * @default 2026-01
                         * @enum {string}
                         */
                        noticeVersion?: "2026-01";
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            deleteAfter: string;
                            reference: string;
                            retentionDays: number;
                            /** @enum {string} */
                            status: "new" | "called_back" | "closed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
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
                    "application/json": {
                        note?: string;
                        /** @enum {string} */
                        status?: "new" | "called_back" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultation: {
                                assessment: {
                                    /** Format: date */
                                    asOf: string;
                                    eligible: boolean;
                                    meetsStandard: boolean;
                                    policyHash: string;
                                    policyId: string;
                                    standardScore: number;
                                    total: number;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                deleteAfter: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "zh" | "en";
                                /** @description masked */
                                mobile: string;
                                name: string;
                                notes: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    text: string;
                                }[];
                                question: string;
                                reference: string;
                                /** @enum {string} */
                                status: "new" | "called_back" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/consultations/{id}/reveal-mobile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The full mobile number to call back (audited, PI-1) */
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
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mobile: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
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
    "/api/v1/consultations/by-reference/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date */
                            deleteAfter: string;
                            hasAssessment: boolean;
                            /** @description masked, e.g. 138****5678 */
                            mobile: string;
                            reference: string;
                            /** @enum {string} */
                            status: "new" | "called_back" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Withdraw: deletes the request and its data */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    message: string;
                                    path: string;
                                }[];
                                message: string;
                                requestId: string;
                                ruleId?: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districts: {
                                centres: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "community" | "talent";
                                    name: string;
                                }[];
                                code: string;
                                name: string;
                            }[];
                        };
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
    "/api/v1/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "verified" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            employers: {
                                /** @description masked */
                                contactMobile: string;
                                contactName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    displayName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                district: {
                                    code: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                name: string;
                                rejectionReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                uscc: string;
                                usccChecksumOk: boolean;
                            }[];
                        };
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
    "/api/v1/employers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            employer: {
                                /** @description masked */
                                contactMobile: string;
                                contactName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    displayName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                district: {
                                    code: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                name: string;
                                rejectionReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                uscc: string;
                                usccChecksumOk: boolean;
                            };
                        };
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
    "/api/v1/employers/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            employer: {
                                /** @description masked */
                                contactMobile: string;
                                contactName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    displayName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                district: {
                                    code: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                name: string;
                                rejectionReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                uscc: string;
                                usccChecksumOk: boolean;
                            };
                        };
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
    "/api/v1/employers/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: {
                            /** @example 13800001111 */
                            mobile: string;
                            name: string;
                        };
                        district: string;
                        hrAccount: {
                            displayName: string;
                            /** @example Lujiazui@Ferry-26 */
                            password: string;
                            username: string;
                        };
                        manualVerification?: boolean;
                        name: string;
                        uscc: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            employer: {
                                /** @description masked */
                                contactMobile: string;
                                contactName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: {
                                    displayName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                district: {
                                    code: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                name: string;
                                rejectionReason: string | null;
                                /** @enum {string} */
                                status: "pending" | "verified" | "rejected";
                                uscc: string;
                                usccChecksumOk: boolean;
                            };
                            hrUser: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                            };
                        };
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
    "/api/v1/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holders: {
                                /** Format: date */
                                birthDate: string;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                /** @description masked */
                                mobile: string | null;
                                name: string;
                                permit: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                points: {
                                    /** Format: date */
                                    clearsOn: string;
                                    cycle: number;
                                    /** Format: date */
                                    expiresOn: string;
                                } | null;
                                /** @description masked, e.g. 3101**********123X */
                                residentId: string;
                                /** @enum {string} */
                                sex: "M" | "F";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Lujiazui@Ferry-26 */
                        initialPassword: string;
                        /** @example 13800001111 */
                        mobile: string;
                        name: string;
                        permit?: {
                            /** Format: date */
                            expiresOn: string;
                            permitNo: string;
                        };
                        residentId: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                            };
                            holder: {
                                /** Format: date */
                                birthDate: string;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                /** @description masked */
                                mobile: string | null;
                                name: string;
                                permit: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                points: {
                                    /** Format: date */
                                    clearsOn: string;
                                    cycle: number;
                                    /** Format: date */
                                    expiresOn: string;
                                } | null;
                                /** @description masked, e.g. 3101**********123X */
                                residentId: string;
                                /** @enum {string} */
                                sex: "M" | "F";
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                holderId: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                requestedAt: string;
                                residentId: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            };
                        };
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
    "/api/v1/holders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holder: {
                                /** Format: date */
                                birthDate: string;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                /** @description masked */
                                mobile: string | null;
                                name: string;
                                permit: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                points: {
                                    /** Format: date */
                                    clearsOn: string;
                                    cycle: number;
                                    /** Format: date */
                                    expiresOn: string;
                                } | null;
                                /** @description masked, e.g. 3101**********123X */
                                residentId: string;
                                /** @enum {string} */
                                sex: "M" | "F";
                            };
                        };
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
    "/api/v1/holders/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                claims: {
                                    commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                    contractEmployerUscc?: string;
                                    /** @enum {string} */
                                    education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                    freshGraduate?: boolean;
                                    investment?: {
                                        averageAnnualTaxYuan?: number;
                                        localHiresPerYear?: number;
                                    };
                                    publicServiceYears?: number;
                                    records?: {
                                        detentionDates?: string[];
                                        falseMaterialDates?: string[];
                                        /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                        familyPlanningViolation?: boolean;
                                        generalCrimeDates?: string[];
                                        seriousCrime?: boolean;
                                    };
                                    remoteSuburbYears?: number;
                                    shortageMajor?: {
                                        jobMatches: boolean;
                                    };
                                    /**
                                     * Format: date
                                     * @example 1996-02-01
                                     */
                                    spouseHukouMarriageDate?: string;
                                    /** @enum {string} */
                                    talent?: "entrepreneur" | "intermediary";
                                    title?: {
                                        /** @description C-4: the job description matches the title */
                                        jobMatches: boolean;
                                        /** @enum {string} */
                                        level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        obtainedInShanghai: boolean;
                                    };
                                } | null;
                                confirmed: boolean;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedVersion: number | null;
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
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
                    "application/json": {
                        claims: {
                            commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                            contractEmployerUscc?: string;
                            /** @enum {string} */
                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                            freshGraduate?: boolean;
                            investment?: {
                                averageAnnualTaxYuan?: number;
                                localHiresPerYear?: number;
                            };
                            publicServiceYears?: number;
                            records?: {
                                detentionDates?: string[];
                                falseMaterialDates?: string[];
                                /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                familyPlanningViolation?: boolean;
                                generalCrimeDates?: string[];
                                seriousCrime?: boolean;
                            };
                            remoteSuburbYears?: number;
                            shortageMajor?: {
                                jobMatches: boolean;
                            };
                            /**
                             * Format: date
                             * @example 1996-02-01
                             */
                            spouseHukouMarriageDate?: string;
                            /** @enum {string} */
                            talent?: "entrepreneur" | "intermediary";
                            title?: {
                                /** @description C-4: the job description matches the title */
                                jobMatches: boolean;
                                /** @enum {string} */
                                level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                obtainedInShanghai: boolean;
                            };
                        };
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                claims: {
                                    commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                    contractEmployerUscc?: string;
                                    /** @enum {string} */
                                    education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                    freshGraduate?: boolean;
                                    investment?: {
                                        averageAnnualTaxYuan?: number;
                                        localHiresPerYear?: number;
                                    };
                                    publicServiceYears?: number;
                                    records?: {
                                        detentionDates?: string[];
                                        falseMaterialDates?: string[];
                                        /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                        familyPlanningViolation?: boolean;
                                        generalCrimeDates?: string[];
                                        seriousCrime?: boolean;
                                    };
                                    remoteSuburbYears?: number;
                                    shortageMajor?: {
                                        jobMatches: boolean;
                                    };
                                    /**
                                     * Format: date
                                     * @example 1996-02-01
                                     */
                                    spouseHukouMarriageDate?: string;
                                    /** @enum {string} */
                                    talent?: "entrepreneur" | "intermediary";
                                    title?: {
                                        /** @description C-4: the job description matches the title */
                                        jobMatches: boolean;
                                        /** @enum {string} */
                                        level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        obtainedInShanghai: boolean;
                                    };
                                } | null;
                                confirmed: boolean;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedVersion: number | null;
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
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
    "/api/v1/holders/{id}/endorsements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: date */
                        endorsedOn: string;
                        /** Format: date */
                        newExpiresOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endorsement: {
                                centre: {
                                    id: string;
                                    name: string;
                                };
                                createdAt: string;
                                /** @description n = endorsedOn - previous expiry; <= 0 when on time */
                                daysOverdue: number;
                                /** Format: date */
                                endorsedOn: string;
                                holdingYearsRestart: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                lifecycleState: "valid" | "renewal_window" | "grace" | "points_cleared";
                                /** Format: date */
                                newExpiresOn: string;
                                /** Format: uuid */
                                permitId: string;
                                /** @description L-4: endorsed after the points were cleared */
                                pointsNeedNewApplication: boolean;
                                policyId: string;
                                /** Format: date */
                                previousExpiresOn: string;
                            };
                            history: {
                                current: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                endorsements: {
                                    centre: {
                                        id: string;
                                        name: string;
                                    };
                                    createdAt: string;
                                    /** @description n = endorsedOn - previous expiry; <= 0 when on time */
                                    daysOverdue: number;
                                    /** Format: date */
                                    endorsedOn: string;
                                    holdingYearsRestart: boolean;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    lifecycleState: "valid" | "renewal_window" | "grace" | "points_cleared";
                                    /** Format: date */
                                    newExpiresOn: string;
                                    /** Format: uuid */
                                    permitId: string;
                                    /** @description L-4: endorsed after the points were cleared */
                                    pointsNeedNewApplication: boolean;
                                    policyId: string;
                                    /** Format: date */
                                    previousExpiresOn: string;
                                }[];
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date */
                                holdingSince: string | null;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                sync: {
                                    advice: string;
                                    /** Format: date */
                                    endorsedOn: string;
                                    /** Format: date */
                                    expectedSyncDate: string;
                                    workingDays: number;
                                } | null;
                            };
                            notes: string[];
                            sync: {
                                advice: string;
                                /** Format: date */
                                endorsedOn: string;
                                /** Format: date */
                                expectedSyncDate: string;
                                workingDays: number;
                            } | null;
                        };
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
    "/api/v1/holders/{id}/new-permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** Format: date */
                        expiresOn: string;
                        /** Format: date */
                        issuedOn: string;
                        permitNo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                current: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                endorsements: {
                                    centre: {
                                        id: string;
                                        name: string;
                                    };
                                    createdAt: string;
                                    /** @description n = endorsedOn - previous expiry; <= 0 when on time */
                                    daysOverdue: number;
                                    /** Format: date */
                                    endorsedOn: string;
                                    holdingYearsRestart: boolean;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    lifecycleState: "valid" | "renewal_window" | "grace" | "points_cleared";
                                    /** Format: date */
                                    newExpiresOn: string;
                                    /** Format: uuid */
                                    permitId: string;
                                    /** @description L-4: endorsed after the points were cleared */
                                    pointsNeedNewApplication: boolean;
                                    policyId: string;
                                    /** Format: date */
                                    previousExpiresOn: string;
                                }[];
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date */
                                holdingSince: string | null;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                sync: {
                                    advice: string;
                                    /** Format: date */
                                    endorsedOn: string;
                                    /** Format: date */
                                    expectedSyncDate: string;
                                    workingDays: number;
                                } | null;
                            };
                            notes: string[];
                        };
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
    "/api/v1/holders/{id}/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                current: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                endorsements: {
                                    centre: {
                                        id: string;
                                        name: string;
                                    };
                                    createdAt: string;
                                    /** @description n = endorsedOn - previous expiry; <= 0 when on time */
                                    daysOverdue: number;
                                    /** Format: date */
                                    endorsedOn: string;
                                    holdingYearsRestart: boolean;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    lifecycleState: "valid" | "renewal_window" | "grace" | "points_cleared";
                                    /** Format: date */
                                    newExpiresOn: string;
                                    /** Format: uuid */
                                    permitId: string;
                                    /** @description L-4: endorsed after the points were cleared */
                                    pointsNeedNewApplication: boolean;
                                    policyId: string;
                                    /** Format: date */
                                    previousExpiresOn: string;
                                }[];
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date */
                                holdingSince: string | null;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                sync: {
                                    advice: string;
                                    /** Format: date */
                                    endorsedOn: string;
                                    /** Format: date */
                                    expectedSyncDate: string;
                                    workingDays: number;
                                } | null;
                            };
                        };
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
    "/api/v1/holders/{id}/points-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                cycle: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "created" | "renewed" | "state_changed" | "benefits_suspended" | "benefits_restored" | "notice_revoked" | "reminders_cancelled" | "reminders_resumed";
                                label: string;
                                /** Format: date */
                                onDate: string;
                                ruleId: string;
                            }[];
                            record: {
                                /** Format: date */
                                benefitsSuspendedOn: string | null;
                                cycle: number;
                                daysLeft: number | null;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: uuid */
                                id: string;
                                nextDeadline: {
                                    /** Format: date */
                                    date: string;
                                    label: string;
                                    ruleId: string;
                                } | null;
                                /** Format: date */
                                nextEventOn: string | null;
                                /** Format: date */
                                noticeRevokedOn: string | null;
                                /** Format: date */
                                renewalSubmittedOn: string | null;
                                /** @enum {string} */
                                state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                stateLabel: string;
                                stateRuleId: string;
                                /** Format: date */
                                stateSince: string;
                                /** Format: date */
                                validFrom: string;
                            } | null;
                            reminders: {
                                body: string;
                                channels: string[];
                                cycle: number;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                ruleId: string;
                                /** Format: date */
                                sentOn: string | null;
                                /** Format: date */
                                skippedOn: string | null;
                                skipReason: string | null;
                                title: string;
                            }[];
                        };
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
    "/api/v1/holders/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records: {
                                /** Format: uuid */
                                holderId: string;
                                months: {
                                    /** @description paid later as a back-payment (补缴); never counts */
                                    backPaid?: boolean;
                                    /** @description contribution base, yuan per month */
                                    base?: number;
                                    employerUscc?: string;
                                    /** @example 2026-02 */
                                    month: string;
                                    paid: boolean;
                                    /** @description companies declaring income tax this month */
                                    taxDeclarers?: string[];
                                    /** @description monthly taxed income, yuan */
                                    taxedIncome?: number;
                                }[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
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
                    "application/json": {
                        expectedVersion?: number;
                        months: {
                            /** @description paid later as a back-payment (补缴); never counts */
                            backPaid?: boolean;
                            /** @description contribution base, yuan per month */
                            base?: number;
                            employerUscc?: string;
                            /** @example 2026-02 */
                            month: string;
                            paid: boolean;
                            /** @description companies declaring income tax this month */
                            taxDeclarers?: string[];
                            /** @description monthly taxed income, yuan */
                            taxedIncome?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records: {
                                /** Format: uuid */
                                holderId: string;
                                months: {
                                    /** @description paid later as a back-payment (补缴); never counts */
                                    backPaid?: boolean;
                                    /** @description contribution base, yuan per month */
                                    base?: number;
                                    employerUscc?: string;
                                    /** @example 2026-02 */
                                    month: string;
                                    paid: boolean;
                                    /** @description companies declaring income tax this month */
                                    taxDeclarers?: string[];
                                    /** @description monthly taxed income, yuan */
                                    taxedIncome?: number;
                                }[];
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
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
    "/api/v1/holders/{id}/records/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    mode?: "all-or-nothing" | "valid-only";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            mode: "all-or-nothing" | "valid-only";
                            rejected: number;
                            rows: {
                                errors: {
                                    column: string;
                                    message: string;
                                }[];
                                month: string | null;
                                ok: boolean;
                                /** @description row number in the file; the header is row 1 */
                                row: number;
                            }[];
                            version: number;
                            written: boolean;
                        };
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
    "/api/v1/holders/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @enum {string} */
                        field: "residentId" | "mobile";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            field: "residentId" | "mobile";
                            value: string | null;
                        };
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
    "/api/v1/me/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessments: {
                                /** Format: date */
                                asOf: string;
                                /** Format: date-time */
                                createdAt: string;
                                eligible: boolean;
                                /** Format: uuid */
                                id: string;
                                input: {
                                    [key: string]: unknown;
                                };
                                label: string | null;
                                meetsStandard: boolean;
                                policy: {
                                    hash: string;
                                    id: string;
                                };
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save an assessment to the holder account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description evaluation date; today's date in Shanghai when omitted
                         */
                        asOf?: string;
                        /**
                         * AssessmentInput
                         * @description Input of a Shanghai residence-permit points assessment (S-2..S-16, C-1..C-8)
                         */
                        input: {
                            age?: number;
                            /**
                             * Format: date
                             * @description S-2: birth date; or give age
                             * @example 1996-02-01
                             */
                            birthDate?: string;
                            commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                            contractEmployerUscc?: string;
                            /** @enum {string} */
                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                            freshGraduate?: boolean;
                            investment?: {
                                averageAnnualTaxYuan?: number;
                                localHiresPerYear?: number;
                            };
                            publicServiceYears?: number;
                            records?: {
                                detentionDates?: string[];
                                falseMaterialDates?: string[];
                                /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                familyPlanningViolation?: boolean;
                                generalCrimeDates?: string[];
                                seriousCrime?: boolean;
                            };
                            remoteSuburbYears?: number;
                            shortageMajor?: {
                                jobMatches: boolean;
                            };
                            socialInsurance: {
                                /** @enum {string} */
                                kind: "records";
                                months: {
                                    /** @description paid later as a back-payment (补缴); never counts */
                                    backPaid?: boolean;
                                    /** @description contribution base, yuan per month */
                                    base?: number;
                                    employerUscc?: string;
                                    /** @example 2026-02 */
                                    month: string;
                                    paid: boolean;
                                    /** @description companies declaring income tax this month */
                                    taxDeclarers?: string[];
                                    /** @description monthly taxed income, yuan */
                                    taxedIncome?: number;
                                }[];
                            } | {
                                /** @description S-9: minMultiple of the highest base tier reached, or null */
                                baseMultipleTier: number | null;
                                /** @description C-1: insured in Shanghai in the month of application */
                                insuredThisMonth: boolean;
                                /** @enum {string} */
                                kind: "summary";
                                /** @description C-1: months paid normally in the last 12 months */
                                monthsPaidInWindow: number;
                                /** @description S-6: months paid normally, back-payments excluded */
                                qualifyingMonths: number;
                                /** @description S-4: months in the last year at >= the average wage */
                                titleBaseMonths?: number;
                            };
                            /**
                             * Format: date
                             * @example 1996-02-01
                             */
                            spouseHukouMarriageDate?: string;
                            /** @enum {string} */
                            talent?: "entrepreneur" | "intermediary";
                            title?: {
                                /** @description C-4: the job description matches the title */
                                jobMatches: boolean;
                                /** @enum {string} */
                                level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                obtainedInShanghai: boolean;
                            };
                        };
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assessment: {
                                /** Format: date */
                                asOf: string;
                                /** Format: date-time */
                                createdAt: string;
                                eligible: boolean;
                                /** Format: uuid */
                                id: string;
                                input: {
                                    [key: string]: unknown;
                                };
                                label: string | null;
                                meetsStandard: boolean;
                                policy: {
                                    hash: string;
                                    id: string;
                                };
                                total: number;
                            };
                        };
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
    "/api/v1/me/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                claims: {
                                    commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                    contractEmployerUscc?: string;
                                    /** @enum {string} */
                                    education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                    freshGraduate?: boolean;
                                    investment?: {
                                        averageAnnualTaxYuan?: number;
                                        localHiresPerYear?: number;
                                    };
                                    publicServiceYears?: number;
                                    records?: {
                                        detentionDates?: string[];
                                        falseMaterialDates?: string[];
                                        /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                        familyPlanningViolation?: boolean;
                                        generalCrimeDates?: string[];
                                        seriousCrime?: boolean;
                                    };
                                    remoteSuburbYears?: number;
                                    shortageMajor?: {
                                        jobMatches: boolean;
                                    };
                                    /**
                                     * Format: date
                                     * @example 1996-02-01
                                     */
                                    spouseHukouMarriageDate?: string;
                                    /** @enum {string} */
                                    talent?: "entrepreneur" | "intermediary";
                                    title?: {
                                        /** @description C-4: the job description matches the title */
                                        jobMatches: boolean;
                                        /** @enum {string} */
                                        level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        obtainedInShanghai: boolean;
                                    };
                                } | null;
                                confirmed: boolean;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedVersion: number | null;
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claims: {
                            commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                            contractEmployerUscc?: string;
                            /** @enum {string} */
                            education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                            freshGraduate?: boolean;
                            investment?: {
                                averageAnnualTaxYuan?: number;
                                localHiresPerYear?: number;
                            };
                            publicServiceYears?: number;
                            records?: {
                                detentionDates?: string[];
                                falseMaterialDates?: string[];
                                /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                familyPlanningViolation?: boolean;
                                generalCrimeDates?: string[];
                                seriousCrime?: boolean;
                            };
                            remoteSuburbYears?: number;
                            shortageMajor?: {
                                jobMatches: boolean;
                            };
                            /**
                             * Format: date
                             * @example 1996-02-01
                             */
                            spouseHukouMarriageDate?: string;
                            /** @enum {string} */
                            talent?: "entrepreneur" | "intermediary";
                            title?: {
                                /** @description C-4: the job description matches the title */
                                jobMatches: boolean;
                                /** @enum {string} */
                                level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                obtainedInShanghai: boolean;
                            };
                        };
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                claims: {
                                    commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                    contractEmployerUscc?: string;
                                    /** @enum {string} */
                                    education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                    freshGraduate?: boolean;
                                    investment?: {
                                        averageAnnualTaxYuan?: number;
                                        localHiresPerYear?: number;
                                    };
                                    publicServiceYears?: number;
                                    records?: {
                                        detentionDates?: string[];
                                        falseMaterialDates?: string[];
                                        /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                        familyPlanningViolation?: boolean;
                                        generalCrimeDates?: string[];
                                        seriousCrime?: boolean;
                                    };
                                    remoteSuburbYears?: number;
                                    shortageMajor?: {
                                        jobMatches: boolean;
                                    };
                                    /**
                                     * Format: date
                                     * @example 1996-02-01
                                     */
                                    spouseHukouMarriageDate?: string;
                                    /** @enum {string} */
                                    talent?: "entrepreneur" | "intermediary";
                                    title?: {
                                        /** @description C-4: the job description matches the title */
                                        jobMatches: boolean;
                                        /** @enum {string} */
                                        level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        obtainedInShanghai: boolean;
                                    };
                                } | null;
                                confirmed: boolean;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedVersion: number | null;
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
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
    "/api/v1/me/claims/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                claims: {
                                    commendations?: ("municipal_bureau" | "municipal" | "provincial")[];
                                    contractEmployerUscc?: string;
                                    /** @enum {string} */
                                    education: "none" | "dazhuan" | "benke" | "benke_bachelor" | "master" | "doctor";
                                    freshGraduate?: boolean;
                                    investment?: {
                                        averageAnnualTaxYuan?: number;
                                        localHiresPerYear?: number;
                                    };
                                    publicServiceYears?: number;
                                    records?: {
                                        detentionDates?: string[];
                                        falseMaterialDates?: string[];
                                        /** @description C-8: asked only when the policy has the family-planning veto on (PI-2) */
                                        familyPlanningViolation?: boolean;
                                        generalCrimeDates?: string[];
                                        seriousCrime?: boolean;
                                    };
                                    remoteSuburbYears?: number;
                                    shortageMajor?: {
                                        jobMatches: boolean;
                                    };
                                    /**
                                     * Format: date
                                     * @example 1996-02-01
                                     */
                                    spouseHukouMarriageDate?: string;
                                    /** @enum {string} */
                                    talent?: "entrepreneur" | "intermediary";
                                    title?: {
                                        /** @description C-4: the job description matches the title */
                                        jobMatches: boolean;
                                        /** @enum {string} */
                                        level: "skill5" | "skill4" | "skill3" | "skill2" | "intermediate" | "skill1" | "senior";
                                        obtainedInShanghai: boolean;
                                    };
                                } | null;
                                confirmed: boolean;
                                /** Format: date-time */
                                confirmedAt: string | null;
                                confirmedVersion: number | null;
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            };
                        };
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
    "/api/v1/me/consult/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person's own threads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            threads: {
                                /** Format: date-time */
                                createdAt: string;
                                question: string;
                                reference: string;
                                /** @enum {string} */
                                status: "waiting" | "answered" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
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
    "/api/v1/me/false-material-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                active: boolean;
                                applicationNumber: string;
                                /** Format: date */
                                barredUntil: string;
                                /** Format: date */
                                countsUntil: string;
                                /** Format: date */
                                foundOn: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                penalty: number;
                                reason: string;
                                /** @enum {string} */
                                ruleId: "C-5";
                            }[];
                        };
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
    "/api/v1/me/holder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holder: {
                                /** Format: date */
                                birthDate: string;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                /** @description masked */
                                mobile: string | null;
                                name: string;
                                permit: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                points: {
                                    /** Format: date */
                                    clearsOn: string;
                                    cycle: number;
                                    /** Format: date */
                                    expiresOn: string;
                                } | null;
                                /** @description masked, e.g. 3101**********123X */
                                residentId: string;
                                /** @enum {string} */
                                sex: "M" | "F";
                            };
                        };
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
    "/api/v1/me/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: {
                                /** Format: uuid */
                                applicationId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @description masked */
                                mobile: string | null;
                                /** @enum {string} */
                                status: "pending" | "delivering" | "delivered" | "failed";
                                template: string;
                                /** @description rendered text in the request language */
                                text: string;
                            }[];
                        };
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
    "/api/v1/me/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfers: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                employerName: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            }[];
                        };
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
    "/api/v1/me/transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                employerName: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            };
                        };
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
    "/api/v1/me/transfers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                employerName: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            };
                        };
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
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: {
                                /** Format: uuid */
                                applicationId: string | null;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                link: string | null;
                                /** Format: date-time */
                                readAt: string | null;
                                title: string;
                            }[];
                            unread: number;
                        };
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notification: {
                                /** Format: uuid */
                                applicationId: string | null;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                link: string | null;
                                /** Format: date-time */
                                readAt: string | null;
                                title: string;
                            };
                        };
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
    "/api/v1/permits/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    residentId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: {
                                current: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                endorsements: {
                                    centre: {
                                        id: string;
                                        name: string;
                                    };
                                    createdAt: string;
                                    /** @description n = endorsedOn - previous expiry; <= 0 when on time */
                                    daysOverdue: number;
                                    /** Format: date */
                                    endorsedOn: string;
                                    holdingYearsRestart: boolean;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    lifecycleState: "valid" | "renewal_window" | "grace" | "points_cleared";
                                    /** Format: date */
                                    newExpiresOn: string;
                                    /** Format: uuid */
                                    permitId: string;
                                    /** @description L-4: endorsed after the points were cleared */
                                    pointsNeedNewApplication: boolean;
                                    policyId: string;
                                    /** Format: date */
                                    previousExpiresOn: string;
                                }[];
                                /** Format: uuid */
                                holderId: string;
                                /** Format: date */
                                holdingSince: string | null;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                permits: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                }[];
                                sync: {
                                    advice: string;
                                    /** Format: date */
                                    endorsedOn: string;
                                    /** Format: date */
                                    expectedSyncDate: string;
                                    workingDays: number;
                                } | null;
                            };
                            holder: {
                                /** Format: date */
                                birthDate: string;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                /** @description masked */
                                mobile: string | null;
                                name: string;
                                permit: {
                                    /** Format: date */
                                    expiresOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    issuedOn: string;
                                    permitNo: string;
                                } | null;
                                points: {
                                    /** Format: date */
                                    clearsOn: string;
                                    cycle: number;
                                    /** Format: date */
                                    expiresOn: string;
                                } | null;
                                /** @description masked, e.g. 3101**********123X */
                                residentId: string;
                                /** @enum {string} */
                                sex: "M" | "F";
                            };
                        };
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
    "/api/v1/points-records/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                cycle: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "created" | "renewed" | "state_changed" | "benefits_suspended" | "benefits_restored" | "notice_revoked" | "reminders_cancelled" | "reminders_resumed";
                                label: string;
                                /** Format: date */
                                onDate: string;
                                ruleId: string;
                            }[];
                            record: {
                                /** Format: date */
                                benefitsSuspendedOn: string | null;
                                cycle: number;
                                daysLeft: number | null;
                                /** Format: date */
                                expiresOn: string;
                                /** Format: uuid */
                                id: string;
                                nextDeadline: {
                                    /** Format: date */
                                    date: string;
                                    label: string;
                                    ruleId: string;
                                } | null;
                                /** Format: date */
                                nextEventOn: string | null;
                                /** Format: date */
                                noticeRevokedOn: string | null;
                                /** Format: date */
                                renewalSubmittedOn: string | null;
                                /** @enum {string} */
                                state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                stateLabel: string;
                                stateRuleId: string;
                                /** Format: date */
                                stateSince: string;
                                /** Format: date */
                                validFrom: string;
                            } | null;
                            reminders: {
                                body: string;
                                channels: string[];
                                cycle: number;
                                /** Format: date */
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                ruleId: string;
                                /** Format: date */
                                sentOn: string | null;
                                /** Format: date */
                                skippedOn: string | null;
                                skipReason: string | null;
                                title: string;
                            }[];
                        };
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
    "/api/v1/policy/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendars: unknown[];
                            revision: string;
                            versions: unknown[];
                            wages: unknown;
                        };
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
    "/api/v1/public/notices/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: {
                                centreName: string;
                                issuedOn: string;
                                noticeNo: string;
                                residentIdMasked: string;
                                surname: string;
                                total: number;
                                validUntil: string | null;
                            };
                            /** @enum {string} */
                            status: "valid";
                        } | {
                            notice: {
                                centreName: string;
                                issuedOn: string;
                                noticeNo: string;
                                residentIdMasked: string;
                                surname: string;
                                total: number;
                                validUntil: string | null;
                            };
                            /** @enum {string} */
                            status: "expired";
                        } | {
                            notice: {
                                centreName: string;
                                issuedOn: string;
                                noticeNo: string;
                                residentIdMasked: string;
                                surname: string;
                                total: number;
                                validUntil: string | null;
                            };
                            revokedOn: string;
                            /** @enum {string} */
                            revokedReason: "points_cleared" | "false_material" | "correction";
                            /** @enum {string} */
                            status: "revoked";
                        } | {
                            notice: {
                                centreName: string;
                                issuedOn: string;
                                noticeNo: string;
                                residentIdMasked: string;
                                surname: string;
                                total: number;
                                validUntil: string | null;
                            };
                            /** @enum {string} */
                            status: "superseded";
                            supersededOn: string;
                        } | {
                            /** @enum {string} */
                            status: "forged";
                        };
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
    "/api/v1/records/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/records/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    employerId?: string;
                    holder?: "me" | "unclaimed" | "anyone";
                    kind?: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                    page?: number;
                    pageSize?: number;
                    sla?: "on_track" | "at_risk" | "breached" | "pending" | "not_running";
                    state?: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            atRiskWorkingDays: number;
                            cases: {
                                /** Format: date-time */
                                assignedAt: string | null;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                holderName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "first_application" | "renewal_same_employer" | "renewal_changed_employer" | "reapplication_after_clearing";
                                number: string;
                                sla: {
                                    /** Format: date */
                                    dueDate: string | null;
                                    pendingYear: number | null;
                                    /** @enum {string} */
                                    status: "on_track" | "at_risk" | "breached" | "pending" | "not_running";
                                    workingDaysLeft: number | null;
                                };
                                /** @enum {string} */
                                state: "draft" | "holder_confirmed" | "submitted" | "awaiting_visit" | "under_review" | "returned" | "approved" | "rejected" | "withdrawn";
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            colleagues: {
                                holding: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            counts: {
                                [key: string]: number;
                            };
                            employers: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** Format: date */
                            today: string;
                            total: number;
                        };
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
    "/api/v1/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    after?: string;
                    deadlineFrom?: string;
                    deadlineTo?: string;
                    department?: string;
                    expiresOn?: string;
                    limit?: number;
                    q?: string;
                    state?: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            entries: {
                                department: string | null;
                                /** Format: date */
                                expiresOn: string | null;
                                /** Format: uuid */
                                id: string;
                                lifecycle: {
                                    /** Format: date */
                                    asOf: string;
                                    daysLeft: number | null;
                                    nextDeadline: {
                                        /** Format: date */
                                        date: string;
                                        /** @enum {string} */
                                        kind: "window_opens" | "renew_by" | "late_renewal_ends" | "permit_endorsable_ends";
                                    } | null;
                                    policyId: string;
                                    /** @enum {string} */
                                    state: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                                } | null;
                                name: string;
                                permitNo: string | null;
                                /** @description masked */
                                residentId: string;
                            }[];
                            next: string | null;
                        };
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
    "/api/v1/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    deadlineFrom?: string;
                    deadlineTo?: string;
                    department?: string;
                    expiresOn?: string;
                    format: "csv" | "xlsx";
                    q?: string;
                    state?: "valid" | "renewal_window" | "grace" | "points_cleared" | "permit_lapsed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/roster/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            import: {
                                created: number;
                                createdAt: string;
                                errors: {
                                    column: string;
                                    en: string;
                                    row: number;
                                    zh: string;
                                }[];
                                failure: string | null;
                                fileName: string;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                processedRows: number;
                                rejected: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                totalRows: number;
                                transferRequested: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
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
    "/api/v1/roster/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            import: {
                                created: number;
                                createdAt: string;
                                errors: {
                                    column: string;
                                    en: string;
                                    row: number;
                                    zh: string;
                                }[];
                                failure: string | null;
                                fileName: string;
                                finishedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                processedRows: number;
                                rejected: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                totalRows: number;
                                transferRequested: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
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
    "/api/v1/roster/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holderIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                /** Format: uuid */
                                applicationId: string | null;
                                applicationNumber: string | null;
                                fix: string | null;
                                /** Format: uuid */
                                holderId: string;
                                message: string | null;
                                name: string | null;
                                /** @enum {string} */
                                outcome: "created" | "already_open" | "refused";
                                ruleId: string | null;
                            }[];
                        };
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
    "/api/v1/roster/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            byState: {
                                grace: number;
                                permit_lapsed: number;
                                points_cleared: number;
                                renewal_window: number;
                                valid: number;
                            };
                            departments: string[];
                            expiries: {
                                count: number;
                                /** Format: date */
                                date: string;
                            }[];
                            noPermit: number;
                            total: number;
                        };
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
    "/api/v1/roster/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfers: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                holderId: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                requestedAt: string;
                                residentId: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            }[];
                        };
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
    "/api/v1/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                holderId: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                requestedAt: string;
                                residentId: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            };
                        };
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
    "/api/v1/transfers/{id}/holder-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            requested: true;
                        };
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
    "/api/v1/transfers/{id}/paper-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query: {
                    signedOn: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            transfer: {
                                /** @enum {string|null} */
                                consentMethod: "app" | "sms" | "paper" | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date */
                                effectiveOn: string | null;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                holderId: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                requestedAt: string;
                                residentId: string;
                                /** @enum {string} */
                                state: "pending" | "accepted" | "declined" | "expired";
                            };
                        };
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
    "/api/v1/transfers/{id}/paper-consent/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    role?: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        centreId?: string;
                        displayName: string;
                        district?: string;
                        /** @example Lujiazui@Ferry-26 */
                        password: string;
                        /** @enum {string} */
                        role: "clerk" | "reviewer" | "consultant" | "admin";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
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
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
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
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
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
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                    "application/json": {
                        /** @example Lujiazui@Ferry-26 */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
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
    "/api/v1/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
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
                    "application/json": {
                        centreId?: string;
                        district?: string;
                        /** @enum {string} */
                        role: "clerk" | "reviewer" | "consultant" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
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
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                activeSessions: number;
                                centre: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                displayName: string;
                                district: {
                                    code: string;
                                    name: string;
                                } | null;
                                employer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "holder" | "hr" | "clerk" | "reviewer" | "consultant" | "admin";
                                username: string;
                            };
                        };
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
    "/api/v1/visit-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    district?: string;
                    from?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slots: {
                                available: number;
                                booked: number;
                                capacity: number;
                                district: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capacity: number;
                        /** Format: date-time */
                        startsAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slot: {
                                available: number;
                                booked: number;
                                capacity: number;
                                district: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                startsAt: string;
                            };
                        };
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
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
