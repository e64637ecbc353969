/*
 * entities_unlisted.c - actors: which recognisers of unlisted names run.
 *
 * Owns unlisted_at, the dispatcher the scan calls at a token that starts
 * no key: the MAY_ bits of a token's form (may_bits, may_start) skip the
 * recognisers that cannot open there (speed), and the small recognisers
 * that belong to no other file: a listed name spelled another way
 * (fuzzy_at), "known as", bodies owned by or organs of an organisation, a
 * body led by someone, a surname nisba, hyphenated names, Latin titles of
 * places, airports.
 * Reads every recogniser of entities_orgplace.c, entities_people.c,
 * entities_cue.c and entities_site.c; the scan of entities.c calls it.
 */
#include "entities_int.h"

#include <stdio.h>

static int32_t fuzzy_at(scan *st, int32_t i)
{
    span m;
    return evg_ent_fuzzy_match(st, i, &m) ? evg_ent_emit_key(st, &m, EVG_MEN_NAME) : -1;
}

/* ---- which recognisers of unlisted names may start at a token (speed) ----
 * Most recognisers of evg_ent_unlisted_at open on a word of a short list (في, a
 * kinship noun, an occupation, a body's head).  Whether a token's text is
 * such a word is a property of its form, found once per distinct form of
 * the document: a recogniser whose bit is clear would return -1 at its
 * first test and is not called.  Built with -DEVG_CHECK_MASKS, every
 * skipped recogniser runs anyway and the program aborts if it would have
 * found something. */
enum {
    MAY_FI = 1u << 0, MAY_SAHARA = 1u << 1, MAY_OCC = 1u << 2, MAY_CUE = 1u << 3, MAY_KIN = 1u << 4,
    MAY_NAMED_ORG = 1u << 5, MAY_KOREA = 1u << 6, MAY_ARABIC_ORG = 1u << 7, MAY_STOP = 1u << 8, MAY_FUZZY = 1u << 9,
    MAY_GIVEN = 1u << 10, MAY_CONSTRUCT_ORG = 1u << 11, MAY_DEF_ORG = 1u << 12, MAY_PLACE = 1u << 13,
    MAY_LATIN = 1u << 14, /* a Latin word: set per token by evg_ent_unlisted_at, never kept with a form */
    MAY_ALL = 0x7FFF,
    MAY_SET = 1u << 15
};

/* The MAY_ bits of the text of token i (its form's, whatever its place). */
static unsigned may_bits(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    unsigned ws = EVG_WS_PLAIN;
    const char *s = evg_ent_tok_str(d, i, &n);
    int hk, skip;
    unsigned b = 0;
    if (evg_tok_is(d, (size_t)i, "في") || evg_tok_is(d, (size_t)i, "وفي")) b |= MAY_FI;
    if (evg_ent_sahara_word(s, n) >= 0) b |= MAY_SAHARA;
    if (evg_tok_is(d, (size_t)i, "رجل") || evg_tok_is(d, (size_t)i, "سيده") ||
        (n >= 10 && !memcmp(s, "ال", 4) &&
         evg_ent_occupation_noun(d, i, ws)))
        b |= MAY_OCC;
    if (evg_tok_is(d, (size_t)i, "identified") ||
        evg_ent_named_cue(d, i, ws))
        b |= MAY_CUE;
    if (evg_ent_kin_noun(d, i, ws)) b |= MAY_KIN;
    if (evg_ent_named_org_head(s, n, &skip)) b |= MAY_NAMED_ORG;
    if (evg_tok_is(d, (size_t)i, "the") || evg_tok_is(d, (size_t)i, "الجاره")) b |= MAY_KOREA;
    if (evg_ent_arabic_org_head(st, s, n, &hk, &skip)) b |= MAY_ARABIC_ORG;
    if (n >= 8 && !memcmp(s, "و", 2) ? evg_ent_is_stop(st, s + 2, n - 2) : evg_ent_is_stop(st, s, n))
        b |= MAY_STOP; /* evg_ent_stop_country_at, behind a coordinating و */
    if (evg_gaz_fuzzy_may_open(st->g, s, n) || (n >= 10 && evg_ent_one_proclitic(s) && evg_gaz_fuzzy_may_open(st->g, s + 2, n - 2)))
        b |= MAY_FUZZY; /* fuzzy_at: a window's first word, also behind one proclitic letter */
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || evg_ent_compound_may_open(d, i) ||
        (n >= 8 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2)) && evg_gaz_smap_get(&st->g->given, s + 2, n - 2) > 0))
        b |= MAY_GIVEN; /* evg_ent_given_name, evg_ent_compound_name: by the text alone */
    int org = evg_ent_arabic_org_may_open(st, s, n);
    if (org & 1) b |= MAY_CONSTRUCT_ORG;
    if (org & 2) b |= MAY_DEF_ORG;
    if (evg_ent_place_cue_text(s, n)) b |= MAY_PLACE;
    return b;
}

/* The MAY_ bits of token i, once per distinct form, kept across the
 * documents of a context with the form's other answers (forms.c); all bits
 * without a form table. */
static unsigned may_start(scan *st, int32_t i)
{
    evg_form *f = evg_tok_form(st->d, (size_t)i);
    if (!f) return MAY_ALL;
    if (!f->ent_may) f->ent_may = (uint16_t)(may_bits(st, i) | MAY_SET);
    return f->ent_may;
}

/* Recogniser fn at i when bit is among the token's MAY_ bits, else -1. */
static inline int32_t try_may(scan *st, int32_t i, unsigned may, unsigned bit, int32_t (*fn)(scan *, int32_t))
{
    if (may & bit) return fn(st, i);
#ifdef EVG_CHECK_MASKS /* the skip must never hide a name the recogniser finds */
    size_t men = st->d->mentions.n, ent = st->d->entities.n;
    if (fn(st, i) > i || st->d->mentions.n != men || st->d->entities.n != ent) abort();
#endif
    return -1;
}

/* "رئيس حزب العمال سنان كوتش": the head of an organisation nobody listed
 * (the word before it رئيس, زعيم, قائد, مؤسس ...) followed by a name nobody
 * listed is a new person of the organisation's country; org is [i, f).
 * The end of the name, else f. */
static int32_t org_head_name(scan *st, int32_t i, int32_t f)
{
    static const char *const head[] = {"رءيس", "رءيسه", "زعيم", "زعيمه", "قايد", "قاءد", "مءسس", "مءسسه",
                                       "منسق", "منسقه", "مدير", "مديره"};
    const evg_doc *d = st->d;
    int32_t ue;
    if (i < 1 || !evg_ent_same_sent(d, i - 1, f) || d->tokens.v[i - 1].script != EVG_SCRIPT_ARAB ||
        !evg_tok_in_static(d, (size_t)i - 1, head, sizeof head / sizeof *head, EVG_WS_WAW_FA))
        return f;
    if ((size_t)f >= d->tokens.n || d->tokens.v[f].script != EVG_SCRIPT_ARAB || !evg_ent_title_name(st, f, &ue) || ue <= f)
        return f;
    if (d->mentions.n == 0) return f;
    const evg_mention *om = &d->mentions.v[d->mentions.n - 1]; /* the organisation just made */
    const char *country = d->entities.v[om->entity].country ? d->entities.v[om->entity].country : "";
    int32_t ent = evg_ent_new_entity(st, f, ue, "PER", country, "");
    if (ent < 0) return f;
    evg_ent_add_mention(st, ent, f, ue, d->tokens.v[f].os, d->tokens.v[ue - 1].oe, EVG_MEN_NAME);
    return ue;
}

/* "Rodrigo Londono, better known as Timochenko,", "..., المعروف باسم أبو
 * محمد،": a nickname after a comma and "(better|also|widely) known as" or
 * المعروف/الشهير/المكنى باسم names the person whose name ends at that
 * comma: a mention of that person, and its words resolve later bare
 * mentions.  The token after the nickname, or -1. */
static int32_t known_as_at(scan *st, int32_t i)
{
    static const char *const adv[] = {"better", "also", "widely", "popularly", "commonly", "locally"};
    static const char *const ar[] = {"المعروف", "الشهير", "المكني", "المكنى", "الملقب"};
    evg_doc *d = st->d;
    int32_t k, end = i;
    int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
    if (i < 3 || !evg_ent_same_sent(d, i - 3, i)) return -1;
    if (latin) {
        if (!evg_tok_is(d, (size_t)i - 1, "as") || !evg_tok_is(d, (size_t)i - 2, "known")) return -1;
        k = i - 3;
        if (evg_tok_in_static(d, (size_t)k, adv, sizeof adv / sizeof *adv, EVG_WS_PLAIN)) k--;
        while ((size_t)end < d->tokens.n && evg_ent_same_sent(d, i, end) && end - i < 3 && evg_ent_cap_word(st, end) &&
               !evg_ent_is_stop_tok(st, end))
            end++;
    } else {
        if (!evg_tok_is(d, (size_t)i - 1, "باسم") ||
            !evg_tok_in_static(d, (size_t)i - 2, ar, sizeof ar / sizeof *ar, EVG_WS_PLAIN))
            return -1;
        k = i - 3;
        int words = 0, w, closes, step;
        while ((size_t)end < d->tokens.n && evg_ent_same_sent(d, i, end) && words < 3) {
            if ((step = evg_ent_name_step(st, i, end, 0, words, &w, &closes)) > 0) {
                words += w, end += step;
                continue;
            }
            if (!evg_ent_name_word_ok(st, end, 0) && !evg_ent_family_word(st, end)) break;
            words++, end++;
        }
    }
    if (end == i || k < 1 || !evg_ent_is_comma(d, k)) return -1;
    for (size_t m = d->mentions.n; m-- > 0;) {
        const evg_mention *mm = &d->mentions.v[m];
        if (mm->tok_end < k) break;
        if (mm->tok_end != k || strcmp(d->entities.v[mm->entity].type, "PER") != 0) continue;
        int32_t ent = mm->entity;
        evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
        evg_ent_add_local_aliases(st, i, end, ent);
        return end;
    }
    return -1;
}

/* evg_ent_arabic_org_at, then a person the organisation's head word
 * names after it (org_head_name). */
static int32_t arabic_org_head_at(scan *st, int32_t i)
{
    int32_t f = evg_ent_arabic_org_at(st, i);
    return f > i ? org_head_name(st, i, f) : f;
}

/* The recognisers of names nobody listed, in the order they are tried; one
 * with a MAY_ bit runs only where the token's form has that bit (try_may);
 * MAY_LATIN marks those whose first test asks for a capitalised Latin word
 * (evg_ent_cap_word) or a Latin initial, which a token of another script or
 * kind never is. */
static const struct recogniser {
    int32_t (*fn)(scan *, int32_t);
    unsigned may;
} recognisers[] = {
    {known_as_at, 0}, {evg_ent_bracket_short_form_at, 0}, {evg_ent_byline_at, 0},
    {evg_ent_dateline_place_at, 0}, {evg_ent_quoted_place_at, 0}, {evg_ent_media_at, 0},
    {fuzzy_at, MAY_FUZZY}, {evg_ent_stop_country_at, MAY_STOP}, {evg_ent_sahara_at, MAY_SAHARA},
    {evg_ent_appositive_at, 0}, {evg_ent_latin_new_at, MAY_LATIN}, {evg_ent_latin_of_country_at, MAY_LATIN},
    {evg_ent_latin_role_at, MAY_LATIN}, {evg_ent_judge_at, 0}, {evg_ent_latin_comma_role_at, MAY_LATIN},
    {evg_ent_given_name_at, MAY_GIVEN}, {evg_ent_initials_name_at, MAY_LATIN}, {evg_ent_occupation_at, MAY_OCC}, {evg_ent_named_cue_at, MAY_CUE},
    {evg_ent_kin_name_at, MAY_KIN}, {evg_ent_latin_said_at, MAY_LATIN}, {arabic_org_head_at, MAY_ARABIC_ORG},
    {evg_ent_arabic_named_org_at, MAY_NAMED_ORG}, {evg_ent_arabic_def_org_at, MAY_DEF_ORG},
    {evg_ent_arabic_construct_org_at, MAY_CONSTRUCT_ORG}, {evg_ent_arabic_place_at, MAY_PLACE}, {evg_ent_fi_place_at, MAY_FI},
    {evg_ent_korea_side_at, MAY_KOREA},
};

int32_t evg_ent_unlisted_at(scan *st, int32_t i)
{
    size_t before = st->d->mentions.n;
    int32_t next = evg_ent_local_at(st, i), f;
    if (st->d->mentions.n > before) return next;
    const evg_token *t = &st->d->tokens.v[i];
    unsigned may = may_start(st, i) | (t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN ? MAY_LATIN : 0);
    for (size_t r = 0; r < sizeof recognisers / sizeof *recognisers; r++) {
        const struct recogniser *g = &recognisers[r];
        if ((f = g->may ? try_may(st, i, may, g->may, g->fn) : g->fn(st, i)) > i) return f;
    }
    return next;
}

/* "Canadian trade minister": a Latin qualifier, up to two portfolio words, a
 * title from token after on (which may open a new sentence after "U.S.").
 * caps_only: the portfolio words must be capitalised ("Kenya Defence
 * Minister"): after a country's name, as opposed to its adjective or an
 * acronym ("U.S. trade representative"), a lower-case word is the verb of a
 * clause ("Russia sent troops", "Turkey deployed forces"). */
int evg_ent_latin_title_after(const scan *st, int32_t after, int caps_only, span *t)
{
    span m;
    for (int32_t j = after; j < after + 3 && evg_ent_same_sent(st->d, after, j); j++) {
        if (evg_ent_match_at(st, j, GAZ_TITLE, t)) return 1;
        const evg_token *tk = &st->d->tokens.v[j];
        if (tk->kind != EVG_TOK_WORD || tk->script != EVG_SCRIPT_LATN || evg_ent_is_stop_tok(st, j) ||
            (caps_only && !(tk->flags & EVG_TOKF_CAP)) ||
            evg_ent_match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG | GAZ_HONOR, &m))
            return 0;
    }
    return 0;
}

/* Is the key of m a title that stands for a body ("army", "forces")? */
int evg_ent_org_title(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    return k->kind == GAZ_TITLE && !strcmp(st->g->titles.v[k->target].type, "ORG");
}

/* "Ghana's Electoral Commission": the body a country's possessive owns is
 * named by its own words ("Electoral Commission", GHA), its id the
 * country's ("gha-electoral-commission"), so that two countries' bodies of
 * one name stay apart. */
static int32_t owned_body(scan *st, const gaz_entry *c, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    char en[256], slug[200], id[256];
    int32_t os = d->tokens.v[first].os, oe = d->tokens.v[end - 1].oe;
    if ((size_t)(oe - os) >= sizeof en) return -1;
    memcpy(en, d->raw.p + os, (size_t)(oe - os));
    en[oe - os] = '\0';
    evg_ent_slugify(en, slug, sizeof slug);
    if (!*slug) return -1;
    snprintf(id, sizeof id, "%s-%s", c->id, slug);
    int32_t ent = evg_ent_entity_by_id(st, id);
    return ent >= 0 ? ent : evg_ent_body_entity(st, id, en, "ORG", c->country, "", os, oe);
}

/* "Kenya Wildlife Service", "Lagos State Water Board", "Nigerian Ports
 * Authority": a listed Latin country or place name, or a country's
 * adjective, followed by capitalised words ending in an organisation head
 * (or with a head before "of": "Nigeria Union of Teachers") is a new ORG
 * of that place's country. */
int32_t evg_ent_place_org_at(scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    int words;
    if ((k->kind != GAZ_NAME && k->kind != GAZ_DEMONYM) || !(k->flags & GAZ_LATIN) ||
        (strcmp(e->type, "GPE") && strcmp(e->type, "LOC")))
        return -1;
    if (!evg_ent_same_sent(st->d, m->first, m->end) || !evg_ent_cap_word(st, m->end)) return -1;
    int32_t end = evg_ent_cap_run(st, m->end, &words);
    span x;
    int headed = 0;
    for (int32_t j = m->end; j < end; j++)
        if (evg_ent_match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &x)) {
            if (x.end == end && evg_ent_world_body_tail(st, &x)) { /* "Ethiopian Human Rights Council" */
                headed = 1;
                break;
            }
            if (j + 1 != end || e->is_country || !evg_ent_org_title(st, &x)) return -1;
            headed = 1; /* "Shan State Army": a region's army is an armed group of its own */
        }
    headed = headed || evg_ent_head_kind(st, end - 1) == 1;
    for (int32_t j = m->end; j + 1 < end && !headed; j++) /* "Nigeria Union of Teachers" */
        headed = evg_ent_head_kind(st, j) == 1 && (evg_tok_is(st->d, (size_t)j + 1, "of") || evg_tok_is(st->d, (size_t)j + 1, "for"));
    if (!headed) return -1;
    int owned = m->oe < st->d->tokens.v[m->first].oe && e->is_country; /* "Ghana's Electoral Commission" */
    int32_t ent = owned ? owned_body(st, e, m->end, end) : evg_ent_new_entity(st, m->first, end, "ORG", e->country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, m->first, end, m->os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (m->oe < st->d->tokens.v[m->first].oe) /* "Kenya's Court of Appeal": the owner is named too */
        evg_ent_add_mention(st, evg_ent_entity_of(st, k->target), m->first, m->end, m->os, m->oe, EVG_MEN_NAME);
    return end;
}

/* "ECOWAS Commission", "SADC Secretariat", "AU Parliament": a listed Latin
 * organisation followed by one capitalised organ noun, or by one or two
 * capitalised words and an organisation head ("European Union Training
 * Mission", "Arab League Observer Mission", with "in" and the place a
 * mission serves), is that organ, a new ORG of the organisation's country;
 * the organisation is named as well.
 * A longer listed name ("European Commission") matched first.  The end, or
 * -1. */
/* "Training Mission", "Observer Mission", "Support Office": one or two
 * capitalised words nobody listed and an organisation head from token j
 * (after a listed organisation's name).  The head's token, or -1. */
static int32_t organ_words(const scan *st, int32_t j)
{
    span x;
    for (int32_t k = j; k < j + 3 && evg_ent_cap_word(st, k) && evg_ent_same_sent(st->d, j, k); k++) {
        if (evg_ent_head_kind(st, k) == 1) /* "African Union Mission in Somalia": a mission alone names its place */
            return k > j || (evg_tok_is(st->d, (size_t)k, "mission") && evg_tok_is(st->d, (size_t)k + 1, "in")) ? k : -1;
        if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG, &x)) return -1;
    }
    return -1;
}

/* "African Union Mission in Somalia": a mission or office at token h named
 * by where it serves ("in" and a listed place): the end of the place (its
 * key in *pl), else -1. */
static int32_t mission_seat(scan *st, int32_t h, span *pl)
{
    const evg_doc *d = st->d;
    if (!evg_tok_is(d, (size_t)h, "mission") && !evg_tok_is(d, (size_t)h, "office")) return -1;
    if ((size_t)h + 2 >= d->tokens.n || !evg_tok_is(d, (size_t)h + 1, "in") || !evg_ent_same_sent(d, h, h + 2) ||
        !evg_ent_match_at(st, h + 2, GAZ_NAME, pl) || strcmp(st->g->ents.v[st->g->keys.v[pl->key].target].type, "GPE") != 0)
        return -1;
    return pl->end;
}

int32_t evg_ent_organ_of_org_at(scan *st, const span *m)
{
    static const char *const organ[] = {"commission", "secretariat", "parliament", "court", "assembly"};
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    int32_t j = m->end;
    if (k->kind != GAZ_NAME || !(k->flags & GAZ_LATIN) || strcmp(e->type, "ORG") != 0) return -1;
    if ((size_t)j >= d->tokens.n || !evg_ent_same_sent(d, m->first, j) || m->oe < d->tokens.v[j - 1].oe ||
        !(d->tokens.v[j].flags & EVG_TOKF_CAP))
        return -1;
    if (!evg_tok_in_static(d, (size_t)j, organ, sizeof organ / sizeof *organ, EVG_WS_PLAIN) && (j = organ_words(st, j)) < 0)
        return -1;
    span pl;
    int32_t end = j + 1, pe = mission_seat(st, j, &pl); /* "... Mission in Somalia" */
    if (pe > end) end = pe;
    span ac; /* "United Nations Mission in South Sudan (UNMISS)": the listed body of that acronym */
    int listed = (size_t)end + 2 < d->tokens.n && evg_tok_is(d, (size_t)end, "(") && evg_tok_is(d, (size_t)end + 2, ")") &&
                 evg_ent_match_at(st, end + 1, GAZ_NAME, &ac) && ac.end == end + 2 &&
                 !strcmp(st->g->ents.v[st->g->keys.v[ac.key].target].type, "ORG");
    int32_t ent = listed ? evg_ent_entity_of(st, st->g->keys.v[ac.key].target) : evg_ent_new_entity(st, m->first, end, "ORG", e->country, "");
    if (ent < 0) return -1;
    evg_ent_emit_key(st, m, EVG_MEN_NAME);
    if (pe > j + 1) evg_ent_emit_key(st, &pl, EVG_MEN_NAME);
    /* the organ's mention last: a short form in brackets after it ("(AMISOM)") reads the last mention */
    evg_ent_add_mention(st, ent, m->first, end, m->os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* "the Saudi-led coalition", "a French-led force": a listed Latin country
 * (or its adjective), a hyphen, "led" and a noun of a military or political
 * grouping is a new organisation of that country; the country is named as
 * well.  The end, or -1. */
int32_t evg_ent_led_body_at(scan *st, const span *m)
{
    static const char *const body[] = {"coalition", "force", "forces", "alliance", "mission", "operation", "bloc",
                                       "campaign", "blockade", "group", "administration", "government"};
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t j = m->end;
    if (!(k->flags & GAZ_LATIN) || !st->g->ents.v[k->target].is_country || !evg_ent_same_sent(d, m->first, j + 2)) return -1;
    if (!evg_tok_is(d, (size_t)j, "-") || (d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE) ||
        !evg_tok_is(d, (size_t)j + 1, "led") ||
        !evg_tok_in_static(d, (size_t)j + 2, body, sizeof body / sizeof *body, EVG_WS_PLAIN))
        return -1;
    int32_t ent = evg_ent_new_entity(st, m->first, j + 3, "ORG", st->g->ents.v[k->target].country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, m->first, j + 3, m->os, d->tokens.v[j + 2].oe, EVG_MEN_NAME);
    evg_ent_emit_key(st, m, k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME);
    return j + 3;
}

/* "بينما أكد السوداني أن": a one-word nisba that is the family name of a
 * person named earlier in the document, right after a verb, a stop word or
 * a punctuation mark (so that it qualifies no noun), is that person. */
int32_t evg_ent_surname_nisba_at(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    int32_t i = m->first, p = i - 1;
    size_t n;
    if (st->g->keys.v[m->key].kind != GAZ_DEMONYM || m->end != i + 1 || !st->local.n ||
        d->tokens.v[i].script != EVG_SCRIPT_ARAB)
        return -1;
    const char *s = evg_ent_tok_str(d, i, &n);
    int32_t ent = evg_ent_local_find(st, s, n);
    if (ent < 0 || strcmp(d->entities.v[ent].type, "PER") != 0) return -1;
    if (p >= 0 && evg_ent_same_sent(d, p, i) && d->tokens.v[p].kind == EVG_TOK_WORD && !evg_ent_is_stop_tok(st, p) &&
        !evg_ent_verb_first(st, p))
        return -1;
    evg_ent_add_mention(st, ent, i, i + 1, d->tokens.v[i].os, d->tokens.v[i].oe, EVG_MEN_NAME);
    return i + 1;
}

/* "Kim Tae-hyo": a listed person's one-word Latin name ("Kim") followed by a
 * capitalised word and a hyphenated syllable is somebody else's full name:
 * a new person over the three, not the listed one. */
int32_t evg_ent_hyphen_name_at(scan *st, const span *m)
{
    const evg_doc *d = st->d;
    const gaz_key *k = &st->g->keys.v[m->key];
    int32_t j = m->end;
    if (k->kind != GAZ_NAME || !(k->flags & GAZ_LATIN) || k->ntok != 1 || m->end != m->first + 1) return -1;
    if (strcmp(st->g->ents.v[k->target].type, "PER") != 0 || !evg_ent_same_sent(d, m->first, j + 2)) return -1;
    if (!evg_ent_cap_word(st, j) || !evg_ent_is_joiner(d, j + 1) || (d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE) ||
        !evg_tok_is(d, (size_t)j + 1, "-") || !evg_ent_latin_name_tail(st, j + 2) || (d->tokens.v[j + 2].flags & EVG_TOKF_CAP))
        return -1;
    int32_t ent = evg_ent_new_entity(st, m->first, j + 3, "PER", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, m->first, j + 3, m->os, d->tokens.v[j + 2].oe, EVG_MEN_NAME);
    return j + 3;
}

/* "Kano State Governor", "Istanbul mayor": a listed Latin place that is no
 * country right before a governor's or mayor's title qualifies it. */
int evg_ent_latin_place_title(const scan *st, const span *m, span *t)
{
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    if (e->is_country || (strcmp(e->type, "GPE") != 0 && strcmp(e->type, "LOC") != 0)) return 0;
    if (!evg_ent_same_sent(st->d, m->first, m->end) || !evg_ent_match_at(st, m->end, GAZ_TITLE, t)) return 0;
    const char *office = st->g->titles.v[st->g->keys.v[t->key].target].office;
    return !strcmp(office, "governor") || !strcmp(office, "mayor");
}

/* "مطار مروي": مطار and one indefinite Arabic word nobody listed (not a
 * common adjective: "مطار دولي", "مطار عسكري"), and up to two more name
 * words ("مطار هواري بومدين"), is a new LOC,
 * "<transliteration> Airport". */
static int32_t unlisted_airport(scan *st, int32_t i, int skip)
{
    const evg_doc *d = st->d;
    int32_t c = i + 1, end;
    size_t n;
    static const char *const adj[] = {"دولي", "عسكري", "مدني", "محلي", "داخلي", "اقليمي", "رءيسي", "جديد",
                                      "قديم", "صغير", "كبير", "سري", "خاص", "مؤقت", "موقت", "مءقت", "ميداني"};
    span fm;
    if (!evg_ent_place_word_ok(st, i, c, 1) || evg_ent_fuzzy_match(st, c, &fm)) return -1;
    const char *w = evg_ent_tok_str(d, c, &n);
    if (n > 4 && !memcmp(w, "ال", 4)) return -1;
    for (size_t a = 0; a < sizeof adj / sizeof *adj; a++)
        if (evg_tok_is(d, (size_t)c, adj[a])) return -1;
    int32_t name_end = c + 1;
    while (name_end < c + 3 && evg_ent_site_name_word(st, i, name_end)) name_end++; /* "مطار هواري بومدين" */
    end = name_end;
    if (evg_tok_is(d, (size_t)end, "الدولي") && evg_ent_same_sent(d, c, end)) end++;
    int32_t ent = evg_ent_new_entity(st, c, name_end, "LOC", "", "");
    if (ent < 0) return -1;
    evg_entity *x = &st->d->entities.v[ent];
    if (x->first_mention < 0 && x->name_en) {
        evg_buf b = {0};
        char lat[256];
        evg_ent_latin_name(st->g, d, c, name_end, d->tokens.v[c].os, "", lat, sizeof lat);
        evg_buf_printf(&b, "%s%s Airport", *lat ? lat : x->name_en, end > name_end ? " International" : "");
        x->name_en = evg_arena_strndup(st->d->arena, b.p, b.n);
        evg_buf_free(&b);
    }
    evg_ent_add_mention(st, ent, i, end, evg_ent_orig_after_letters(d, &d->tokens.v[i], skip), d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* "مطار مقديشو الدولي", "Lusaka International Airport", "Mogadishu airport":
 * an airport named by a listed city (no listed airport has that name) is a
 * place of its own, "<City> Airport" or "<City> International Airport" (id
 * "<city id>-airport") in the city's country; the city is named as well.
 * The end of the airport's words, or -1. */
int32_t evg_ent_airport_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    int skip = 0, ar = t->script == EVG_SCRIPT_ARAB;
    int32_t c = i, e, end;
    span m;
    if (t->kind != EVG_TOK_WORD) return -1;
    if (ar) {
        if (n == 10 && evg_ent_one_proclitic(s)) s += 2, n -= 2, skip = 1;
        if (n != 8 || memcmp(s, "مطار", 8) != 0 || evg_ent_match_at(st, i, GAZ_NAME, &m)) return -1; /* a listed airport */
        c = i + 1;
    } else { /* speed: the gazetteer only when "airport" follows within four words */
        int32_t a = i + 1;
        while (a < i + 5 && (size_t)a < d->tokens.n && !evg_tok_is(d, (size_t)a, "airport")) a++;
        if (a == i + 5 || (size_t)a >= d->tokens.n) return -1;
    }
    if (!evg_ent_same_sent(d, i, c)) return -1;
    if (!evg_ent_match_at(st, c, GAZ_NAME, &m)) return ar ? unlisted_airport(st, i, skip) : -1;
    if (!ar && m.first != i) return -1;
    const gaz_entry *city = &st->g->ents.v[st->g->keys.v[m.key].target];
    if (strcmp(city->type, "GPE") != 0 || !*city->country) return -1; /* a country too: "مطار جيبوتي الدولي" */
    e = m.end;
    int intl = ar ? evg_tok_is(d, (size_t)e, "الدولي") : evg_tok_is(d, (size_t)e, "international");
    if (intl && !evg_ent_same_sent(d, i, e)) intl = 0;
    end = e + intl;
    if (!ar && (!evg_ent_same_sent(d, i, end) || !evg_tok_is(d, (size_t)end, "airport"))) return -1;
    end += !ar;
    char id[256], en[256];
    snprintf(id, sizeof id, "%s-airport", city->id);
    snprintf(en, sizeof en, "%s%s Airport", city->name_en, intl ? " International" : "");
    int32_t ent = evg_ent_entity_by_id(st, id);
    if (ent < 0) ent = evg_ent_body_entity(st, id, en, "LOC", city->country, "", t->os, d->tokens.v[end - 1].oe);
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, evg_ent_orig_after_letters(d, t, skip), d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    evg_ent_add_mention(st, evg_ent_entity_of(st, st->g->keys.v[m.key].target), m.first, m.end, m.os, m.oe, EVG_MEN_NAME);
    return end;
}
