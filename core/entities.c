/*
 * entities.c - actor recognition: fills doc->entities and doc->mentions from
 * the gazetteer (entities_gaz.c).
 *
 * One left-to-right pass over the tokens.  At each word the longest key of
 * the gazetteer that starts there wins (keys are folded token sequences; a
 * hyphen or dot between two name tokens is skipped, an English possessive
 * 's on the last token is allowed).  Only when the whole token starts no key
 * is one proclitic chain (و ف ب ل ك وال بال لل ...) stripped, and only if the
 * rest is at least three letters and starts a key; an article ال is
 * accepted only when the original text has a bare alef there, so ألمانيا
 * never loses "ال".  Stop words (على إلى أن من ...) never start a one-token
 * name.
 *
 * A title phrase ("وزير الخارجية", "foreign minister") takes a qualifier -
 * a demonym, a country or an organisation, after it in Arabic ("الروسي",
 * "كوريا الشمالية", "في كوريا الجنوبية", "لحلف الناتو") and before it in
 * English ("Russian", "North Korea's", "Kremlin").  A person name right
 * after the title wins; a name the gazetteer does not know becomes a new
 * person with a transliterated id and the title's country and role.
 * Without a name the title stands for whoever held the office
 * ("rus:foreign_minister") on the sentence's reference date, or for an
 * entity made from the office ("irn-foreign-ministry"), or, unqualified,
 * for the last entity that held the same title in the document.
 *
 * After a full foreign person name, or a name found after a title, its
 * first and last words alone also name that person for the rest of the
 * document (شين after شين وون-سيك), unless two people share the word.
 *
 * Spelling variants nobody listed (سيرجى لافروف، شويجو، Shoygu, بيونجيانج) are
 * found through the consonant-skeleton index of entities_fuzzy.c: a window
 * of one to three words that starts no key proposes listed names with the
 * same skeleton, and only a close spelling (or, across scripts, an equal
 * skeleton of four symbols) is accepted.  A listed person's name may be
 * closed by a family name آل X (محمد بن زايد آل نهيان).
 *
 * References resolved inside the document:
 *  - "البلدين", "الطرفان", "the two countries", "both sides" (gaz_pairs.tsv)
 *    stand for the two countries the document has named most so far (the
 *    later named first among equals).  Decision: two TITLE mentions over the
 *    same span, one per country, in the order of their first mention, so
 *    that each country is an actor of what the pair does; with fewer than
 *    two countries named, the countries of the people, institutions and
 *    cities named (بوتين وشي ... الجانبان: Russia, China); else nothing.
 *  - A capital (an entry holding "<country>:capital") that acts - the
 *    subject of a verb: "بيونغ يانغ ترسل", "وأعلنت موسكو", "Pyongyang sent" -
 *    is a NAME mention of its country, pushed first on the span, followed by
 *    the usual place mention (which also keeps the place's own count); after
 *    a preposition (في، إلى، بالقرب من، in, to ...) it is only the place.
 *  - A name or nisba several countries share ("الكوري", "Korea", "Congo",
 *    gaz_ambiguous.tsv) is the candidate the document named last, else the
 *    first candidate.
 *  - A bare or generic title ("الوزير", "الوزير السعودي", "الزعيم") is the
 *    last person a fitting title stood for (the bare "minister" fits any
 *    minister but the prime minister), of the qualifier's country if any.
 *
 * Names nobody listed: after a title (qualified or not, with portfolio words
 * between: "وزير الدولة للشؤون الخارجية", "مديرة البرامج", "Canadian
 * trade minister"), after a rank or honorific (gaz_honorifics.tsv: العميد, Prince,
 * Gen.), two to five words (particles bin, al, de, آل inside, an Arabic
 * nisba surname المعلاوي last) become a new person; the title or rank gives
 * country and role.  In English, capitalised words ending in an
 * organisation head ("Baltic Relief Network") are a new ORG, and those
 * before a place noun ("the Tanf crossing"), after in/into/near or before
 * an appositive naming a place ("Kalbari, the state capital") are a new LOC
 * (gaz_orgheads.tsv); in Arabic, an organisation head and two definite
 * words ("قوات الحرس الجمهوري") are a new ORG, unless the last word only
 * describes it (حزب المعارضة الرئيسي); a place noun in the construct state
 * (مدينة، بلدة، قرية، محافظة، ولاية، منطقة، إقليم) and one name word, two
 * after a compound head (بيت جالا), are a new place, as is "the town of X".
 * A new organisation's or place's id is the ASCII slug of its ICU
 * transliteration; a new person's is "per-" and the consonant skeleton of
 * the name, the same in Arabic and Latin script and in every document
 * (person_id; a second person of the document with the same skeleton but a
 * spelling that is no variant of the first gets the skeleton and its slug);
 * its English name, when written in Arabic, is made by entities_latin.c.
 * People with no title next to them (untitled_*): a common given name
 * (data/given_names.tsv) or عبد with a definite word, and more name words
 * ("يوسف كمارا", "Tomasz Nowicki"); a name after an Arabic occupation noun
 * ("الباحث التركي ..."); two to four capitalised Latin words next to a
 * reporting verb ("Tran Van Duc said", "according to ...").  An Arabic name
 * with no title ends after three words and before a word shaped like a
 * verb, a pronoun-suffixed noun or a construct noun, since the object
 * follows the subject.  Unlisted organisations also come from a definite
 * head with an adjective and a word in ل ("الهيئة الوطنية للانتخابات"), a
 * head, a definite word and a demonym ("اتحاد الشغل التونسي"), a listed
 * place before an English head ("Kenya Wildlife Service") and "Ministry of
 * X".  A state title (الرئاسة، وزارة + portfolio, presidency, ministry)
 * stands for its qualifier's country, or, written out in Arabic with no
 * qualifier, for the document's own country (home_country).
 * Round 3 (ACTORS.md): an Arabic family name in ال closes a name before a
 * comma, إن/أن or a relative (family_name), ولد joins name words, a noun
 * with the pronoun ه ends a name, a verb never opens an appositive name;
 * Latin names go on after a hyphen in lower case (Ching-te), "X Y of
 * <country>" is a person of that country, "... Society of <place>" one
 * organisation, capitalised words ending in a place noun ("Kerch Strait")
 * and one word continuing a list of places are places; an Arabic head, a
 * name and a field in لل ("جمعية أطلس للتضامن") is an organisation; عمان is
 * Amman or Oman by context (amman_or_oman); a country whose name is a stop
 * word (مالي) counts after a preposition or in a coordination; a listed
 * Latin name's words and two-letter surnames ("Xi") come back alone.
 * "the North" / "the South" stand for the Koreas once either is named.
 * When a title is qualified by a written country or organisation, the
 * qualifier is a mention too.
 *
 * Entities are one per id per document; entity.name is the canonical name
 * (the gazetteer's, in the document's script) and entity.aliases every other
 * surface form a NAME mention had.  Gazetteer strings are borrowed from the
 * context, new strings live in the document arena.  Exports
 * evg_entities_run.
 *
 * This file holds the pass itself (scan_at, evg_entities_run: one call per
 * document, mentions sorted at the end); the rules live in entities_*.c,
 * one stage a file (docs/ACTORS.md has the map): entities_key.c (tokens,
 * clitics, keys), entities_mention.c (entities, mentions, ids),
 * entities_names.c (the shape of an unlisted name), entities_title.c,
 * entities_qualify.c and entities_office.c (titles), entities_coref.c
 * (references inside the document), entities_orgplace.c,
 * entities_people.c, entities_cue.c and entities_site.c (names nobody
 * listed), entities_unlisted.c (which of those run at a token); shared
 * state and prototypes are in entities_int.h.
 */
#include "entities_int.h"
#include <strings.h>

/* "Kenyans", "Iraqis": an English demonym in the plural names people, a noun,
 * and qualifies no title after it ("Hundreds of Kenyans protested outside
 * parliament" is no Kenyan body; session 19 ev5).  A final s of a singular
 * demonym ("Swiss") is doubled. */
static int plural_demonym(const scan *st, const span *m)
{
    size_t n;
    if (st->g->keys.v[m->key].kind != GAZ_DEMONYM || st->d->tokens.v[m->end - 1].script != EVG_SCRIPT_LATN) return 0;
    const char *w = evg_ent_tok_str(st->d, m->end - 1, &n);
    return n >= 4 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] != 's' && w[n - 2] != 'S' && w[n - 2] != '\'';
}

/* "South American", "Latin-American", "Central American": an English
 * demonym after a word of a region names the people of a continent or a
 * region, not the country of the demonym (a country of such a name, "South
 * Korean", is a key of its own and matched from its first word). */
static int region_demonym(const scan *st, const span *m)
{
    static const char *const region[] = {"South", "North", "Central", "Latin", "Pan", "East", "West", NULL};
    size_t n;
    int32_t p = m->first - 1;
    if (st->g->keys.v[m->key].kind != GAZ_DEMONYM || st->d->tokens.v[m->first].script != EVG_SCRIPT_LATN) return 0;
    if (p >= 0 && evg_tok_is(st->d, (size_t)p, "-") && !(st->d->tokens.v[m->first].flags & EVG_TOKF_SPACE_BEFORE)) p--;
    if (p < 0) return 0;
    const char *w = evg_ent_tok_str(st->d, p, &n);
    for (int r = 0; region[r]; r++)
        if (strlen(region[r]) == n && strncasecmp(w, region[r], n) == 0) return 1;
    return 0;
}

/* What starts at token i: a named site or body, a key of the gazetteer (a
 * name, title, pair, rank or ambiguous name, with what a name qualifies)
 * or a name nobody listed.  The token after it, or i or less for none. */
int32_t evg_ent_scan_at(scan *st, int32_t i)
{
    span m, t;
    int32_t f;
    if ((f = evg_ent_airport_at(st, i)) > i) return f;
    if ((f = evg_ent_arabic_site_at(st, i)) > i) return f;
    if ((f = evg_ent_latin_site_at(st, i)) > i) return f;
    if ((f = evg_ent_paren_place_at(st, i)) > i) return f;
    if ((f = evg_ent_body_adjective_at(st, i)) > i) return f;
    if (!evg_ent_match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_PAIR | GAZ_AMBIG | GAZ_HONOR, &m))
        return evg_ent_unlisted_at(st, i);
    if (region_demonym(st, &m)) return m.end;
    if ((f = evg_ent_surname_nisba_at(st, &m)) > i) return f;
    if ((f = evg_ent_hyphen_name_at(st, &m)) > i) return f;
    const gaz_key *k = &st->g->keys.v[m.key];
    if (k->kind == GAZ_TITLE) return evg_ent_title_at(st, &m, NULL);
    if (k->kind == GAZ_PAIR) return evg_ent_pair_at(st, &m);
    if (k->kind == GAZ_HONOR) return evg_ent_honor_at(st, &m);
    qual q;
    int32_t after = m.end;
    if (evg_tok_is(st->d, (size_t)after, ".") && !(st->d->tokens.v[after].flags & EVG_TOKF_SPACE_BEFORE) &&
        evg_ent_tok_upper(st->d, m.end - 1))
        after++; /* "U.S. Secretary of State"; not "... in Somalia. His foreign ministry" */
    size_t qn;
    const char *qs = evg_ent_tok_str(st->d, m.end - 1, &qn);
    int caps_only = k->kind == GAZ_NAME && !evg_ent_tok_upper(st->d, m.end - 1) && /* a name, not "U.S." */
                    !evg_ent_possessive_end(qs, qn) && !evg_tok_is(st->d, (size_t)m.end, "'s");  /* nor "Kenya's" */
    if ((k->flags & GAZ_LATIN) && !plural_demonym(st, &m) && evg_ent_make_qual(st, &m, &q) &&
        (after > m.end || evg_ent_same_sent(st->d, i, after)) && evg_ent_latin_title_after(st, after, caps_only, &t))
        return evg_ent_title_at(st, &t, &m);
    if ((k->flags & GAZ_LATIN) && evg_ent_latin_place_title(st, &m, &t)) return evg_ent_title_at(st, &t, &m); /* "Kano State Governor" */
    if (k->kind == GAZ_AMBIG) return evg_ent_ambig_at(st, &m);
    if ((f = evg_ent_place_org_at(st, &m)) > i) return f;
    if ((f = evg_ent_led_body_at(st, &m)) > i) return f;
    if ((f = evg_ent_organ_of_org_at(st, &m)) > i) return f;
    return evg_ent_emit_plain(st, &m);
}

static void mark_timexes(scan *st)
{
    const evg_doc *d = st->d;
    for (size_t i = 0; i < d->timexes.n; i++)
        for (int32_t k = d->timexes.v[i].tok_first; k < d->timexes.v[i].tok_end; k++)
            if (k >= 0 && (size_t)k < d->tokens.n) st->in_timex[k] = 1;
}

/* Is token i inside one of the first n mentions? */
static int tok_covered(const evg_doc *d, int32_t i, size_t n)
{
    for (size_t m = 0; m < n; m++)
        if (d->mentions.v[m].tok_first <= i && i < d->mentions.v[m].tok_end) return 1;
    return 0;
}

typedef struct men_ord { evg_mention m; size_t idx; } men_ord;

static int men_ord_cmp(const void *a, const void *b)
{
    const men_ord *x = a, *y = b;
    if (x->m.os != y->m.os) return x->m.os < y->m.os ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Mentions back in text order (stable) after some were added out of order. */
static void sort_mentions(evg_doc *d)
{
    men_ord *v = evg_xmalloc((d->mentions.n + 1) * sizeof *v);
    for (size_t i = 0; i < d->mentions.n; i++) v[i] = (men_ord){d->mentions.v[i], i};
    qsort(v, d->mentions.n, sizeof *v, men_ord_cmp);
    for (size_t i = 0; i < d->mentions.n; i++) d->mentions.v[i] = v[i].m;
    free(v);
}

/* A headline often names a person by one word before the body gives the
 * full name ("غالان يعلن ..." then "عمدة بوغوتا كارلوس فرناندو غالان"): once
 * the whole document is read, the words remembered from full names (the
 * local aliases) also name their person in the headline. */
static void headline_names(scan *st)
{
    evg_doc *d = st->d;
    if (!st->local.n || !d->sections.n || d->sections.v[0].kind != EVG_SEC_TITLE) return;
    size_t n = d->mentions.n;
    for (int32_t i = 0; (size_t)i < d->tokens.n && d->tokens.v[i].oe <= d->sections.v[0].oe; i++)
        if (!st->in_timex[i] && !tok_covered(d, i, n)) evg_ent_local_at(st, i);
    if (d->mentions.n > n) sort_mentions(d);
}

int evg_entities_run(evg_doc *d)
{
    if (!d->ctx->gaz) return evg_error(d->ctx, EVG_EDATA, "the gazetteer is not loaded");
    scan st;
    memset(&st, 0, sizeof st);
    st.d = d;
    st.g = d->ctx->gaz;
    st.by_entry = evg_ent_gaz_zeroed(d, 0);
    st.in_timex = evg_xcalloc(d->tokens.n + 1, 1);
    st.memo = evg_xcalloc(d->tokens.n + 1, sizeof *st.memo);
    st.stop_memo = evg_xcalloc(d->tokens.n + 1, 1);
    key_hitvec hits = {0};
    st.hits = &hits;
    st.hit_memo = evg_xmalloc((d->tokens.n + 1) * sizeof *st.hit_memo);
    memset(st.hit_memo, 0xFF, (d->tokens.n + 1) * sizeof *st.hit_memo);
    mark_timexes(&st);
    for (int32_t i = 0; (size_t)i < d->tokens.n;) {
        int32_t next = evg_ent_scan_at(&st, i);
        i = next > i ? next : i + 1; /* every step moves on */
    }
    headline_names(&st);
    free(st.local.v);
    free(st.ante.v);
    free(st.spelled.v);
    free(st.in_timex);
    free(st.memo);
    free(st.stop_memo);
    for (size_t k = 0; k < st.by_entry_set.n; k++) st.by_entry[st.by_entry_set.v[k]] = 0;
    free(st.by_entry_set.v);
    free(st.hit_memo);
    free(hits.v);
    return 0;
}
