/*
 * ctx.c - the context: options, the loaded data tables of every stage, the
 * ICU objects and the message of the last failure; plus the names of the
 * enums as they appear in JSON and in the store.
 */
#include "internal.h"

const char *evg_version(void)
{
    return EVG_VERSION;
}

int evg_ctx_new(evg_ctx **out, const evg_options *opts)
{
    evg_options defaults = EVG_OPTIONS_INIT;
    evg_ctx *ctx = evg_xcalloc(1, sizeof *ctx);
    *out = ctx;
    ctx->opts = opts ? *opts : defaults;
    ctx->dct_option = EVG_NODATE;
    if (ctx->opts.version != EVG_OPTIONS_VERSION)
        return evg_error(ctx, EVG_EINPUT, "options version %u is not supported", ctx->opts.version);
    if (ctx->opts.dct && evg_parse_day(ctx->opts.dct, &ctx->dct_option) != 0)
        return evg_error(ctx, EVG_EINPUT, "--dct '%s' is not a date (YYYY-MM-DD)", ctx->opts.dct);
    int rc;
    if ((rc = evg_icu_open(ctx)) != 0) return rc;
    if ((rc = evg_timex_load(ctx)) != 0) return rc;
    if ((rc = evg_gazetteer_load(ctx)) != 0) return rc;
    if ((rc = evg_triggers_load(ctx)) != 0) return rc;
    return 0;
}

void evg_ctx_free(evg_ctx *ctx)
{
    if (!ctx) return;
    evg_triggers_unload(ctx);
    evg_wordsets_free(ctx);
    evg_formcache_free(ctx);
    evg_tokscratch_free(ctx);
    evg_gazetteer_unload(ctx);
    evg_timex_unload(ctx);
    evg_icu_close(ctx);
    free(ctx);
}

const char *evg_ctx_errmsg(const evg_ctx *ctx)
{
    return ctx ? ctx->errmsg : "no context";
}

const char *evg_section_kind_name(int kind)
{
    static const char *names[] = {"title", "dateline", "body", "related", "meta"};
    return kind >= 0 && kind <= EVG_SEC_META ? names[kind] : "body";
}

const char *evg_timex_type_name(int type)
{
    static const char *names[] = {"DATE", "TIME", "DURATION", "SET"};
    return type >= 0 && type <= EVG_TIMEX_SET ? names[type] : "DATE";
}

const char *evg_timex_mod_name(int mod)
{
    static const char *names[] = {NULL, "START", "MID", "END", "APPROX", "BEFORE", "AFTER"};
    return mod > 0 && mod <= EVG_MOD_AFTER ? names[mod] : NULL;
}

const char *evg_role_name(int role)
{
    static const char *names[] = {"source", "target", "participant"};
    return role >= 0 && role <= EVG_ROLE_PARTICIPANT ? names[role] : "participant";
}

const char *evg_modality_name(int modality)
{
    static const char *names[] = {"asserted", "planned", "possible", "negated"};
    return modality >= 0 && modality <= EVG_MODAL_NEGATED ? names[modality] : "asserted";
}

const char *evg_dct_source_name(int src)
{
    static const char *names[] = {"none", "manifest", "dateline", "option", "inferred"};
    return src >= 0 && src <= EVG_DCT_INFERRED ? names[src] : "none";
}
