/*
 * entities_acronym.c - actors: the owner of a short form in brackets.
 *
 * Owns the choice of the name that a short form in brackets abbreviates
 * ("the Zambia Electoral Commission (ZEC)", "Border Guard of the Republic
 * of Tandor (BGRT)", "هيئة الدفاع عن حقوق العمال (هدحع)") when the mention ending
 * at the bracket is no organisation's or covers only part of the name: a
 * run of capitalised Latin words becomes a new organisation
 * (acronym_new_name, owner_cut_short), and an Arabic organisation whose
 * name the scan cut short keeps the short form when only a few plain
 * words stand between its mention and the bracket (acronym_cut_owner).
 * evg_ent_bracket_short_form_at (entities_cue.c) asks it and then records
 * the short form's mention and the document alias.
 */
#include "entities_int.h"

/* Is token k a small word inside an English or Romance name ("Police of
 * the Republic", "Movement for Justice and Renewal", "Frente de")? */
static int name_link(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"of", "the", "and", "for", "on", "in", "de", "del", "du", "des", "la", "le", "&"};
    return evg_tok_in_static(d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* Is token k a hyphen written without spaces ("Sudan People's Liberation
 * Movement-in-Opposition"), not a dash between a dateline and the text? */
static int joining_hyphen(const evg_doc *d, int32_t k)
{
    return k > 0 && (size_t)k + 1 < d->tokens.n && evg_tok_is(d, (size_t)k, "-") &&
           !(d->tokens.v[k].flags & EVG_TOKF_SPACE_BEFORE) && !(d->tokens.v[k + 1].flags & EVG_TOKF_SPACE_BEFORE);
}

/* Does word k end in a possessive 's ("India's")? */
static int possessive(const evg_doc *d, int32_t k)
{
    const char *w = d->raw.p + d->tokens.v[k].os;
    size_t n = (size_t)(d->tokens.v[k].oe - d->tokens.v[k].os);
    if (n < 3 || (w[n - 1] != 's' && w[n - 1] != 'S')) return 0;
    return w[n - 2] == '\'' || (n > 4 && !memcmp(w + n - 4, "\xE2\x80\x99", 3));
}

/* The first token of the run of capitalised Latin words (with small
 * linking words between them) that ends at token end-1, or -1 when the
 * run has fewer than two capitalised words.  A run never starts with a
 * linking word or a possessive ("India's"), nor with the first word of its
 * sentence when that is a stop word or a linking word follows it
 * ("Officers of the ..."). */
static int32_t cap_run_start(const scan *st, int32_t end)
{
    const evg_doc *d = st->d;
    int32_t first = -1, caps = 0;
    for (int32_t k = end - 1; k >= 0 && end - k <= 10 && evg_ent_same_sent(d, k, end - 1); k--) {
        const evg_token *t = &d->tokens.v[k];
        if (t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN && (t->flags & EVG_TOKF_CAP)) {
            if (possessive(d, k)) break;
            if (k == 0 || !evg_ent_same_sent(d, k - 1, k)) { /* sentence start */
                if (!evg_ent_is_stop_tok(st, k) && (d->tokens.v[k + 1].flags & EVG_TOKF_CAP)) first = k, caps++;
                break;
            }
            first = k, caps++;
        } else if (!(t->kind == EVG_TOK_WORD && name_link(d, k)) && !joining_hyphen(d, k))
            break;
    }
    return caps >= 2 ? first : -1;
}

/* The first token of the run [first, end) after the last person named
 * inside it and the small words after that person ("Rosa Delgado of the
 * Andean Farmers Alliance (AFA)" starts at Andean); first when no person
 * is named there, -1 when fewer than two words are left. */
static int32_t past_person(const scan *st, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    if (first < 0) return -1;
    for (size_t k = d->mentions.n; k > 0; k--) {
        const evg_mention *m = &d->mentions.v[k - 1];
        if (m->tok_end <= first) break;
        if (m->tok_first >= first && m->tok_end < end && !strcmp(d->entities.v[m->entity].type, "PER")) {
            int32_t j = m->tok_end;
            while (j < end && !(d->tokens.v[j].flags & EVG_TOKF_CAP)) j++;
            return end - j >= 2 ? j : -1;
        }
    }
    return first;
}

/* Does the first letter of the short form at token i begin one of the
 * capitalised words of [first, end)?  ("BGRT" and "Border ...", "SWC" and
 * "Federation of Sugar Workers' Cooperatives") */
static int initial_in_run(const evg_doc *d, int32_t i, int32_t first, int32_t end)
{
    char c = d->raw.p[d->tokens.v[i].os];
    for (int32_t k = first; k < end; k++)
        if ((d->tokens.v[k].flags & EVG_TOKF_CAP) && d->raw.p[d->tokens.v[k].os] == c) return 1;
    return 0;
}

/* "the River Action Support Group (RASG)": a Latin short form in
 * capitals after two or more capitalised words, one of which it begins
 * with, that no single mention covers: a new organisation named by that
 * run (a mention of it); the entity, or -1. */
static int32_t acronym_new_name(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end = i - 1, first = past_person(st, cap_run_start(st, end), end);
    if (first < 0 || d->tokens.v[i].script != EVG_SCRIPT_LATN || !evg_ent_tok_upper(d, i) ||
        !initial_in_run(d, i, first, end))
        return -1;
    for (size_t k = d->mentions.n; k > 0; k--) { /* a listed name covering the run stays its own */
        const evg_mention *m = &d->mentions.v[k - 1];
        if (m->tok_end <= first) break;
        if (m->tok_end == end && m->tok_first <= first) return -1; /* "of Tandor (BGRT)" is part of the run */
    }
    int32_t ent = evg_ent_new_entity(st, first, end, "ORG", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, first, end, d->tokens.v[first].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return ent;
}

/* "جبهة الدفاع عن الوادي الشمالي (جدوش)": the last Arabic organisation
 * named in the sentence when one to four Arabic words, none of them a
 * punctuation mark or inside a time expression, stand between its mention
 * and the bracket at token open (the scan cut its name short); the entity,
 * or -1. */
static int32_t acronym_cut_owner(const scan *st, int32_t open)
{
    const evg_doc *d = st->d;
    if (!d->mentions.n) return -1;
    const evg_mention *m = &d->mentions.v[d->mentions.n - 1];
    int32_t gap = open - m->tok_end;
    if (m->kind != EVG_MEN_NAME || gap < 1 || gap > 4 || !evg_ent_same_sent(d, m->tok_first, open) ||
        strcmp(d->entities.v[m->entity].type, "ORG") != 0 || d->tokens.v[m->tok_first].script != EVG_SCRIPT_ARAB)
        return -1;
    for (int32_t k = m->tok_end; k < open; k++)
        if (d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->in_timex[k]) return -1;
    return m->entity;
}

/* Does the capitalised run before the bracket at token end begin before
 * the owner's mention at token first, with the initial the short form at
 * token i begins with, which the mention does not ("Kenya" before
 * "National Council on Land Rights (KNCLR)", "Liberty and" before
 * "Progress Party (LPP)")?  The short form then names the whole run. */
static int owner_cut_short(const scan *st, int32_t i, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    int32_t run = past_person(st, cap_run_start(st, end), end);
    char c = d->raw.p[d->tokens.v[i].os];
    return run >= 0 && run < first && d->raw.p[d->tokens.v[run].os] == c && d->raw.p[d->tokens.v[first].os] != c;
}

/* The entity that the short form in brackets at token i abbreviates, given
 * the organisation whose mention starts at token first and ends at the
 * bracket (owner, or -1 for none): that owner unless the capitalised run
 * before it fits the short form better (owner_cut_short); with no owner,
 * an Arabic organisation cut short; else a new organisation of the
 * capitalised run; -1 when none. */
int32_t evg_ent_bracket_owner_unlisted(scan *st, int32_t i, int32_t owner, int32_t first)
{
    if (owner >= 0 && !owner_cut_short(st, i, first, i - 1)) return owner;
    int32_t ent = owner < 0 ? acronym_cut_owner(st, i - 1) : -1;
    if (ent < 0) ent = acronym_new_name(st, i);
    return ent >= 0 ? ent : owner;
}
