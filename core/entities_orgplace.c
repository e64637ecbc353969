/*
 * entities_orgplace.c - actors: organisations and places nobody listed.
 *
 * Owns the recognisers of new ORG and LOC entities: capitalised Latin
 * words ending in an organisation head or before a place noun, after a
 * locative preposition or before an appositive place (latin_new_at);
 * "X of <country>"; lists of places; Arabic organisations of a head and
 * definite words, a field in ل, a demonym or a named head
 * (arabic_org_at, arabic_named_org_at, arabic_def_org_at, a head and
 * nouns in the construct state: arabic_construct_org_at, also a weak
 * head and one table noun when it acts as a body, a firm's head, a
 * foreign name and a demonym, a security body and its adjectives:
 * body_adjective_at); Arabic places in the
 * construct state (arabic_place_at); and the halves of Korea.
 * Reads keys (entities_key.c) and data/gaz_orgheads.tsv through the
 * gazetteer; new entities through entities_mention.c.
 */
#include "entities_int.h"

/* "Kalbari, the provincial capital", "Tisi, a border town": an appositive
 * after the words [i, end) describes a place (a place noun or "capital"
 * within four words, before any punctuation). */
static int appositive_place(const scan *st, int32_t i, int32_t end)
{
    const evg_doc *d = st->d;
    if (!evg_ent_same_sent(d, i, end + 2) || !evg_ent_is_comma(d, end)) return 0;
    if (!evg_tok_is(d, (size_t)end + 1, "the") && !evg_tok_is(d, (size_t)end + 1, "a") &&
        !evg_tok_is(d, (size_t)end + 1, "an"))
        return 0;
    for (int32_t k = end + 2; k < end + 6 && evg_ent_same_sent(d, i, k); k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD || evg_tok_is(d, (size_t)k, "in") || evg_tok_is(d, (size_t)k, "on") ||
            evg_tok_is(d, (size_t)k, "at") || evg_tok_is(d, (size_t)k, "from") || evg_tok_is(d, (size_t)k, "near"))
            return 0; /* "Ahmed Musa, a farmer in the valley" */
        if (evg_ent_head_kind(st, k) == 2 || evg_tok_is(d, (size_t)k, "capital")) return 1;
    }
    return 0;
}

/* Capitalised words in [i, end). */
static int cap_count(const scan *st, int32_t i, int32_t end)
{
    int n = 0;
    for (int32_t k = i; k < end; k++) n += evg_ent_cap_word(st, k);
    return n;
}

/* Does m name a listed place (a country, a city, a region)? */
int evg_ent_place_key(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    return k->kind == GAZ_NAME && (!strcmp(e->type, "GPE") || !strcmp(e->type, "LOC"));
}

/* "Red Crescent Society of Kyrgyzstan": an organisation name from i, "of"
 * and the listed place m: one organisation of the place's country over
 * all of it; its end, or -1. */
static int32_t org_of_place(scan *st, int32_t i, const span *m)
{
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m->key].target];
    int32_t ent = evg_ent_new_entity(st, i, m->end, "ORG", e->country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, m->end, st->d->tokens.v[i].os, m->oe, EVG_MEN_NAME);
    return m->end;
}

/* "Kinmen, Matsu, Wuqiu and Dongyin": one capitalised word after a comma
 * or "and" that follows a place (not a country) named just before, and
 * that ends the list or continues it. */
static int place_list_item(const scan *st, int32_t i, int32_t end)
{
    const evg_doc *d = st->d;
    if (end != i + 1 || i < 2 || !evg_ent_same_sent(d, i - 1, i) || !d->mentions.n) return 0;
    if (!evg_ent_is_comma(d, i - 1) && !evg_tok_is(d, (size_t)i - 1, "and")) return 0;
    const evg_mention *mm = &d->mentions.v[d->mentions.n - 1];
    const evg_entity *x = &d->entities.v[mm->entity];
    if (mm->tok_end != i - 1 || strlen(x->id) == 3 || (strcmp(x->type, "GPE") != 0 && strcmp(x->type, "LOC") != 0))
        return 0;
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0) return 0;
    if (!evg_ent_same_sent(d, i, end)) return 1;
    static const char *const next[] = {"and", "or", ".", ")", "on", "in", "at", "near", "from", "to", "over",
                                       "during", "after", "before"}; /* not "Smith said" */
    if (evg_ent_is_comma(d, end)) return 1;
    for (size_t k = 0; k < sizeof next / sizeof *next; k++)
        if (evg_tok_is(d, (size_t)end, next[k])) return 1;
    return 0;
}

/* "Kamchybek Tashiev of Kyrgyzstan" (after a comma, "and", "with" or
 * "by"): two or three capitalised words nobody listed, none a head, then
 * "of" and a country: a new person of that country. */
int32_t evg_ent_latin_of_country_at(scan *st, int32_t i)
{
    static const char *const before[] = {"and", "with", "by"};
    const evg_doc *d = st->d;
    int32_t end;
    span m;
    size_t b = 0;
    if (!evg_ent_cap_word(st, i) || i < 1 || !evg_ent_same_sent(d, i - 1, i)) return -1;
    while (b < sizeof before / sizeof *before && !evg_tok_is(d, (size_t)i - 1, before[b])) b++;
    if (b == sizeof before / sizeof *before && !evg_ent_is_comma(d, i - 1)) return -1;
    if (!evg_ent_unknown_name(st, i, &end) || evg_ent_word_count(d, i, end) > 3 || !evg_ent_same_sent(d, i, end + 1) ||
        !evg_tok_is(d, (size_t)end, "of"))
        return -1;
    for (int32_t k = i; k < end; k++)
        if (evg_ent_head_kind(st, k) > 0) return -1;
    if (!evg_ent_match_at(st, end + 1, GAZ_NAME, &m) || !st->g->ents.v[st->g->keys.v[m.key].target].is_country) return -1;
    int32_t ent = evg_ent_new_entity(st, i, end, "PER", st->g->ents.v[st->g->keys.v[m.key].target].country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Is m a listed organisation named by one word of a generic noun
 * ("Congress", "Parliament")?  After other capitalised words it is the
 * head of a longer name. */
static int listed_org_word(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    return k->kind == GAZ_NAME && k->ntok == 1 && !strcmp(st->g->ents.v[k->target].type, "ORG") &&
           (evg_tok_is(st->d, (size_t)m->first, "congress") || evg_tok_is(st->d, (size_t)m->first, "parliament") ||
            evg_tok_is(st->d, (size_t)m->first, "senate") || evg_tok_is(st->d, (size_t)m->first, "assembly"));
}

/* Is some word of [i, end) but the last an organisation head followed by
 * "of", "for" or "on", with only capitalised words before it? */
static int head_before_of(const scan *st, int32_t i, int32_t end)
{
    for (int32_t j = i; j + 2 < end + 1 && j + 1 < end; j++) {
        if (evg_ent_head_kind(st, j) == 1 && (evg_tok_is(st->d, (size_t)j + 1, "of") || evg_tok_is(st->d, (size_t)j + 1, "for") ||
                                              evg_tok_is(st->d, (size_t)j + 1, "on")))
            return 1;
        if (!evg_ent_cap_word(st, j)) return 0;
    }
    return 0;
}

/* Is Latin token i right after "to" that follows a verb of movement
 * ("spread to", "fled to", "moved troops to")?  What comes next is a place. */
static int motion_to(const scan *st, int32_t i)
{
    static const char *const verb[] = {"spread", "fled", "flee", "moved", "travelled", "traveled", "flew", "returned",
                                       "headed", "marched", "retreated", "advanced", "deployed", "evacuated",
                                       "relocated", "went", "drove", "sailed", "escaped", "expanded", "extended"};
    const evg_doc *d = st->d;
    if (i < 2 || !evg_ent_same_sent(d, i - 2, i) || !evg_tok_is(d, (size_t)i - 1, "to")) return 0;
    for (int32_t k = i - 2; k >= i - 4 && k >= 0 && evg_ent_same_sent(d, k, i); k--)
        if (evg_tok_in_static(d, (size_t)k, verb, sizeof verb / sizeof *verb, EVG_WS_PLAIN)) return 1;
    return 0;
}

/* Is m a listed organisation of no country whose name ends in an
 * organisation head ("Monetary Fund", "Human Rights Council")?  After other
 * capitalised words ("Arab Monetary Fund", "Ethiopian Human Rights
 * Council") it is the tail of another body's name, not that body. */
int evg_ent_world_body_tail(const scan *st, const span *m)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    const gaz_entry *e = &st->g->ents.v[k->target];
    return k->kind == GAZ_NAME && (k->flags & GAZ_LATIN) && k->ntok >= 2 && !strcmp(e->type, "ORG") && !*e->country &&
           evg_ent_head_kind(st, m->end - 1) == 1;
}

/* The end of the capitalised run at i, cut before a listed name or a title
 * inside it (*cut, else -1); *org_tail: it ends in a listed organisation
 * word.  *m keeps the last key asked. */
static int32_t latin_new_end(span *m, int *words, int32_t *cut, int *org_tail, scan *st, int32_t i)
{
    int32_t end = evg_ent_cap_run(st, i, words);
    *cut = -1;
    *org_tail = 0;
    for (int32_t k = i + 1; k < end; k++)
        if (!evg_ent_hyphen_joins(st->d, k - 1) && evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, m)) { /* "Pan-African" */
            if (m->end == end && ((k == end - 1 && listed_org_word(st, m)) || evg_ent_world_body_tail(st, m))) {
                *org_tail = 1; /* "National People's Congress": not the US Congress; "Arab Monetary Fund" */
                break;
            }
            end = *cut = k;
        }
    while (*cut >= 0 && end > i + 1 && !evg_ent_cap_word(st, end - 1)) end--; /* "Society of" + Kyrgyzstan */
    for (int32_t k = i + 1; k < end; k++) /* "Kano State" + Governor Abba Kabir Yusuf */
        if (evg_ent_head_kind(st, k - 1) == 2 && evg_ent_match_at(st, k, GAZ_TITLE, m) && !evg_ent_org_title(st, m)) end = *cut = k;
    return end;
}

/* "Baltic Relief Network" (ends in an organisation head), "the Tanf
 * crossing" (a place head follows), "in Kalbari" (after a locative
 * preposition), "Kalbari, the state capital" (an appositive), "the town of
 * Nuritan" (a place head and "of" before it): a new ORG or LOC entity. */
int32_t evg_ent_latin_new_at(scan *st, int32_t i)
{
    static const char *const loc_prep[] = {"in", "into", "near", "outside", "via", "inside", "across"};
    const evg_doc *d = st->d;
    int words;
    span m;
    if (!evg_ent_cap_word(st, i)) return -1;
    int32_t cut;
    int org_tail;
    int32_t end = latin_new_end(&m, &words, &cut, &org_tail, st, i);
    if (end <= i) return -1;
    if (cut >= 0) words = cap_count(st, i, end);
    const char *type = NULL;
    if (words >= 2 && (evg_ent_head_kind(st, end - 1) == 1 || org_tail)) {
        if (cut == end + 1 && evg_tok_is(d, (size_t)end, "of") && evg_ent_place_key(st, &m)) return org_of_place(st, i, &m);
        type = "ORG";
    } else if (words >= 2 && evg_ent_head_kind(st, end - 1) == 2 && (d->tokens.v[end - 1].flags & EVG_TOKF_CAP))
        type = "LOC"; /* "Fergana Valley", "Batken Province" */
    else if (place_list_item(st, i, i + 1))
        type = "LOC", end = i + 1;
    else if (words >= 2 && end > i + 2 && head_before_of(st, i, end))
        type = "ORG"; /* "Ministry of Health", "Council for Peace", "General Directorate of Security" */
    else if (evg_ent_same_sent(d, i, end) && !(d->tokens.v[end].flags & EVG_TOKF_CAP) && evg_ent_head_kind(st, end) == 2)
        type = "LOC";
    if (!type && appositive_place(st, i, end)) type = "LOC";
    for (int32_t k = i + 1; type && !strcmp(type, "LOC") && k < end; k++)
        if (evg_tok_is(d, (size_t)k, "and")) end = k; /* "Palawan and Scarborough Shoal": two places */
    if (!type && i >= 2 && evg_ent_same_sent(d, i - 2, i) && evg_tok_is(d, (size_t)(i - 1), "of") && evg_ent_head_kind(st, i - 2) == 2)
        type = "LOC"; /* "the town of Nuritan", "the province of Zaria" */
    for (size_t p = 0; !type && evg_ent_same_sent(d, i, i - 1) && p < sizeof loc_prep / sizeof *loc_prep; p++)
        if (evg_tok_is(d, (size_t)(i - 1), loc_prep[p])) type = "LOC";
    if (!type && motion_to(st, i)) type = "LOC"; /* "the fighting spread to Kasongo" */
    if (!type) return -1;
    if (end - i <= 4 && evg_ent_ministry_word(st, end - 1) && evg_ent_latin_portfolio_start(st, end - 1) == i)
        return -1; /* "the Interior Ministry": the ministry title reads it, with the story's country */
    for (int32_t k = i + 1; !strcmp(type, "LOC") && k < end; k++)
        if (evg_tok_is(d, (size_t)k, "and")) end = k; /* "near El Kala and Souk Ahras": two places */
    int32_t ent = evg_ent_new_entity(st, i, end, type, "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* How many of the definite words [a, b) are nouns or adjectives of
 * data/gaz_orgwords.tsv, counted from a up to the first that is not. */
static int org_words_known(const scan *st, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t k = a; k < b; k++, n++) {
        size_t l;
        const char *w = evg_ent_tok_str(st->d, k, &l);
        int c = evg_ent_org_word_class(st->g, w, l);
        if (c != 'N' && c != 'A') break;
    }
    return n;
}

/* Is token k a definite noun of data/gaz_orgwords.tsv (class N, not
 * behind و)?  After a definite genitive it starts a new phrase: a construct
 * chain ends at its one definite word, so "قوات الأمن الغاز" is the forces
 * and then what they fired. */
static int definite_noun_after(const scan *st, int32_t k)
{
    size_t l;
    const char *w = evg_ent_tok_str(st->d, k, &l);
    return l > 4 && !memcmp(w, "ال", 4) && evg_ent_org_word_class(st->g, w, l) == 'N';
}

/* Does the Arabic organisation name [i, k) translate word for word? */
static int org_named(const scan *st, int32_t i, int32_t k)
{
    char en[256];
    return evg_ent_org_name_en(st->g, st->d, i, k, st->d->tokens.v[i].os, NULL, en, sizeof en);
}

/* A word ending like a nisba adjective (ي, ية: "الإسلامية", "الشعبي"). */
static int nisba_word(const scan *st, int32_t k)
{
    size_t n;
    const char *w = evg_ent_tok_str(st->d, k, &n);
    return (n >= 2 && !memcmp(w + n - 2, "ي", 2)) || (n >= 4 && !memcmp(w + n - 4, "يه", 4));
}

/* Is s[0..n) the head of an Arabic body (an organisation head of kind 3, 5
 * or 6), also behind one proclitic (*skip = 1)?  Its kind in *hk. */
int evg_ent_arabic_org_head(const scan *st, const char *s, size_t n, int *hk, int *skip)
{
    *skip = 0;
    *hk = evg_gaz_smap_get(&st->g->orgheads, s, n);
    if (*hk == 3 || *hk == 5 || *hk == 6) return 1;
    *hk = n >= 8 && evg_ent_one_proclitic(s) ? evg_gaz_smap_get(&st->g->orgheads, s + 2, n - 2) : -1;
    *skip = 1;
    return *hk == 3 || *hk == 5 || *hk == 6;
}

/* The definite words of a name after the Arabic organisation head at i
 * (also behind و ب ل ف): "قوات الدعم السريع" takes the two after it when
 * they name nothing listed (a third would as often be the object of the
 * sentence).  The token after them. */
static int32_t arabic_org_words(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    int32_t k = i + 1;
    /* "قوات الحرس الجمهوري": after قوات, a body's title of two words is the name */
    int forces = evg_tok_is(d, (size_t)i, "قوات") || evg_tok_is(d, (size_t)i, "وقوات");
    while (k - i <= 2 && evg_ent_same_sent(d, i, k) && d->tokens.v[k].kind == EVG_TOK_WORD && !st->in_timex[k] &&
           !evg_ent_is_stop_tok(st, k) &&
           (!evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m) ||
            (forces && k == i + 1 && m.end == i + 3 && !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG, &m)))) {
        const char *w = evg_ent_tok_str(d, k, &n);
        if (n < 8 || (memcmp(w, "ال", 4) != 0 && (k == i + 1 || n < 10 || memcmp(w, "وال", 6) != 0))) break;
        k++; /* "حزب العدالة والتنمية" */
    }
    return k;
}

/* "جهاز مكافحة الإرهاب", "هيئة مكافحة الفساد": a head at i, a verbal noun of
 * the table in the construct state and its definite genitive, then maybe a
 * demonym.  0: not this shape; 1: *out is what arabic_org_at returns. */
static int arabic_org_verbal(int32_t *out, scan *st, int32_t i, int skip)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    span m;
    const char *country = "";
    int32_t k, g = i + 2;
    if ((size_t)g < d->tokens.n && evg_ent_same_sent(d, i, g) && d->tokens.v[g].kind == EVG_TOK_WORD &&
        !st->in_timex[g] && !evg_ent_match_at(st, g, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) {
        const char *v = evg_ent_tok_str(d, i + 1, &n);
        size_t gn;
        const char *gw = evg_ent_tok_str(d, g, &gn);
        if (n >= 6 && memcmp(v, "ال", 4) != 0 && evg_ent_org_word_class(st->g, v, n) == 'N' &&
            !evg_ent_match_at(st, i + 1, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) && gn >= 8 && !memcmp(gw, "ال", 4) &&
            !evg_ent_descriptive_adjective(st, g)) {
            k = g + 1;
            if (evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m))
                country = st->g->ents.v[st->g->keys.v[m.key].target].country;
            int32_t ent = evg_ent_new_entity_at(st, i, k, evg_ent_orig_after_letters(d, t, skip), "ORG", country, "");
            *out = -1;
            if (ent < 0) return 1;
            int32_t last = *country ? m.end : k;
            evg_ent_add_mention(st, ent, i, last, evg_ent_orig_after_letters(d, t, skip), d->tokens.v[last - 1].oe, EVG_MEN_NAME);
            *out = k;
            return 1;
        }
    }
    return 0;
}

/* "محكمة الاستئناف بصفاقس", "بلدية ... بالقيروان": a listed place behind ب
 * right after an Arabic body's name [i, k) is its seat and gives its
 * country; "" otherwise. */
static const char *seat_country(const scan *st, int32_t i, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, i, k) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return "";
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 8 || memcmp(w, "ب", 2) != 0 || !evg_ent_match_at(st, k, GAZ_NAME, &m) || m.first != k) return "";
    /* عمان behind ب after a body is Amman (evg_ent_amman_or_oman) */
    const gaz_entry *e = &st->g->ents.v[evg_ent_amman_or_oman(st, &m, &st->g->keys.v[m.key])];
    return !strcmp(e->type, "GPE") && e->country ? e->country : "";
}

/* An Arabic organisation nobody listed at i: a head and one or two definite
 * words, maybe a demonym (its country).  The end of the name, or -1. */
int32_t evg_ent_arabic_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    int skip = 0, hk;
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || !evg_ent_arabic_org_head(st, s, n, &hk, &skip)) return -1;
    int32_t k = arabic_org_words(st, i), r;
    const char *country = "";
    if (k == i + 1 && arabic_org_verbal(&r, st, i, skip)) return r;
    int known = org_words_known(st, i + 1, k);
    if (k - i == 3 && known == 1) k--; /* "محكمة النقض" + الحكم: a known noun, then the object */
    else if (k - i == 3 && known == 2 && definite_noun_after(st, k - 1)) k--, known = 1; /* "قوات الأمن" + الغاز */
    if (k - i == 2 && hk == 3 && evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m))
        country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "اتحاد الشغل التونسي" */
    else if (k - i == 2 && hk == 3 && known == 1 && org_named(st, i, k)) {
        /* "محكمة النقض", "حزب العمال": a head and one noun of the table */
    } else if (k - i == 2 && hk == 6 &&
               (!nisba_word(st, k - 1) || evg_tok_is(d, (size_t)i, "قبيله") ||
                evg_tok_is(d, (size_t)i, "عشيره"))) {
        /* "ألوية العمالقة", "كتائب المجاهدين": an armed group's head and one definite noun */
    } else if (k - i < 3 || evg_ent_descriptive_adjective(st, k - 1)) return -1;
    if (evg_ent_descriptive_adjective(st, k - 1)) return -1;
    if (!*country && k - i == 3 && (size_t)k < d->tokens.n && evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m) &&
        m.end == k + 1)
        country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "هيئة المنافذ الحدودية العراقية" */
    int demonym = *country != '\0'; /* m holds the demonym */
    if (!*country) country = seat_country(st, i, k); /* "محكمة الاستئناف بصفاقس" */
    int32_t ent = evg_ent_new_entity_at(st, i, k, evg_ent_orig_after_letters(d, t, skip), "ORG", country, "");
    if (ent < 0) return -1;
    int32_t last = demonym && k - i == 2 ? m.end : k; /* the mention takes the demonym along; the scan reads it next */
    evg_ent_add_mention(st, ent, i, last, evg_ent_orig_after_letters(d, t, skip), d->tokens.v[last - 1].oe, EVG_MEN_NAME);
    return k;
}

static int feminine_adjective(const char *s, size_t n);

/* May Arabic token k be a word of an organisation's own name after its
 * head ("جمعية أطلس للتضامن")?  An indefinite word of three letters or
 * more that is no adjective, verb, stop word or listed name; a listed
 * place is allowed and gives *country. */
static int org_name_word(const scan *st, int32_t k, int32_t first, const char **country)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if (!evg_ent_same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        st->in_timex[k] || evg_ent_has_tanwin(d, &d->tokens.v[k]) || evg_ent_is_stop_tok(st, k))
        return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m)) {
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
        if (st->g->keys.v[m.key].kind != GAZ_NAME || !strcmp(e->type, "PER") || m.end != k + 1) return 0;
        if (!strcmp(e->type, "GPE")) *country = e->country; /* "مؤسسة قطر للتربية" */
        return 1; /* "مركز الجزيرة للدراسات" */
    }
    if (evg_ent_count_letters(w, n) < 3 || !memcmp(w, "ال", 4) || !memcmp(w, "لل", 4)) return 0;
    return !feminine_adjective(w, n) && !evg_ent_masculine_adjective(w, n) && !evg_ar_verb_shape(w, n, EVG_VS_INFLECTED);
}

/* "لدعم المهاجرين", "لرعاية الأيتام": the field of a body as ل, an
 * indefinite verbal noun and its definite genitive at token k: the token
 * after the genitive, or -1. */
static int32_t field_with_genitive(const scan *st, int32_t first, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n, g;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (memcmp(w, "ل", 2) != 0 || evg_ent_count_letters(w, n) < 4 || evg_ar_verb_shape(w + 2, n - 2, EVG_VS_INFLECTED)) return -1;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, first, k + 1) || d->tokens.v[k + 1].kind != EVG_TOK_WORD ||
        st->in_timex[k + 1])
        return -1;
    const char *gw = evg_ent_tok_str(d, k + 1, &g);
    return g >= 8 && !memcmp(gw, "ال", 4) ? k + 2 : -1;
}

/* Is s[0..n) a head of a body with a name of its own (جمعية, شركة ...),
 * also behind one of و ب ل ف (*skip = 1)? */
int evg_ent_named_org_head(const char *s, size_t n, int *skip)
{
    static const char *const heads[] = {"جمعيه", "مءسسه", "منظمه", "رابطه", "شركه", "مركز", "معهد", "نقابه",
                                        "مجموعه", "مصرف", "بنك"};
    for (*skip = 0; *skip < 2; (*skip)++, s += 2, n -= 2) {
        for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
            if (strlen(heads[h]) == n && !memcmp(heads[h], s, n)) return 1;
        if (n < 8 || !evg_ent_one_proclitic(s)) return 0;
    }
    return 0;
}

/* "شركة توتال الفرنسية", "مجموعة سايبم الإيطالية": a firm's head (شركة،
 * مجموعة، مصرف، بنك), one name word that is no word of the organisation
 * table, and a definite demonym agreeing with the head: a new ORG of that
 * country named [i, k) (the scan reads the demonym next).  A common noun
 * after the head would be indefinite and take no definite demonym. */
static int firm_with_demonym(scan *st, int32_t i, int32_t k, int skip)
{
    static const char *const firm[] = {"شركه", "مجموعه", "مصرف", "بنك"};
    const evg_doc *d = st->d;
    size_t n, hn;
    span m;
    const char *h = evg_ent_tok_str(d, i, &hn), *w = evg_ent_tok_str(d, i + 1, &n);
    int ok = 0;
    for (size_t f = 0; f < sizeof firm / sizeof *firm; f++) ok |= evg_key_eq(firm[f], h + 2 * skip, hn - 2 * (size_t)skip);
    if (!ok || evg_ent_org_word_class(st->g, w, n) || evg_ent_match_at(st, i + 1, GAZ_NAME, &m)) return 0;
    if (!evg_ent_match_at(st, k, GAZ_DEMONYM, &m) || m.first != k || m.end != k + 1) return 0;
    const char *dw = evg_ent_tok_str(d, k, &n);
    if (n < 8 || memcmp(dw, "ال", 4) != 0) return 0;
    const char *country = st->g->ents.v[st->g->keys.v[m.key].target].country;
    int32_t os = evg_ent_orig_after_letters(d, &d->tokens.v[i], skip);
    int32_t ent = evg_ent_new_entity_at(st, i, k, os, "ORG", country ? country : "", "");
    if (ent < 0) return 0;
    evg_ent_add_mention(st, ent, i, k, os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return 1;
}

/* "جمعية أطلس للتضامن", "مؤسسة قطر للتربية", "مركز كارنيغي للشرق الأوسط":
 * a head that names a body of its own (association, foundation, centre,
 * company ...), one or two name words (org_name_word) and a field in لل:
 * a new ORG. */
int32_t evg_ent_arabic_named_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const char *country = "";
    size_t n;
    int skip = 0;
    const char *s = evg_ent_tok_str(d, i, &n);
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB || d->tokens.v[i].kind != EVG_TOK_WORD || !evg_ent_named_org_head(s, n, &skip))
        return -1;
    int32_t k = i + 1;
    if (org_name_word(st, k, i, &country)) {
        k++;
        if (org_name_word(st, k, i, &country)) k++;
    } else if (evg_ent_plain_definite(st, k, i)) {
        k++; /* "مركز الجزيرة للدراسات": one definite word, then the field */
    } else return -1;
    const char *w = (size_t)k < d->tokens.n && evg_ent_same_sent(d, i, k) ? evg_ent_tok_str(d, k, &n) : "";
    if (!*w || d->tokens.v[k].kind != EVG_TOK_WORD || n < 8 || st->in_timex[k]) return -1;
    if (k == i + 2 && firm_with_demonym(st, i, k, skip)) return k; /* "مجموعة سايبم الإيطالية" */
    int32_t end = memcmp(w, "لل", 4) == 0 ? k + 1 : field_with_genitive(st, i, k);
    if (end < 0) return -1;
    int32_t os = evg_ent_orig_after_letters(d, &d->tokens.v[i], skip);
    int32_t ent = evg_ent_new_entity_at(st, i, end, os, "ORG", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

static int org_adjective(const scan *st, int32_t k, int32_t first);
static int field_adjective(const scan *st, int32_t k);

/* Is Arabic token k an indefinite noun of organisation names
 * (data/gaz_orgwords.tsv class N, not a field in ل) that may stand in the
 * construct state after a head: "مجتمع", "علماء", "رؤساء", "تقصي"? */
static int construct_noun(const scan *st, int32_t k, int32_t first)
{
    const evg_doc *d = st->d;
    size_t n;
    span m;
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD ||
        d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->in_timex[k] || evg_ent_has_tanwin(d, &d->tokens.v[k]) ||
        evg_ent_is_stop_tok(st, k) || evg_ent_place_cue(st, k))
        return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 6 || !memcmp(w, "ال", 4) || !memcmp(w, "ل", 2) || !memcmp(w, "و", 2)) return 0;
    if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m)) return 0;
    return evg_ent_org_word_class(st->g, w, n) == 'N';
}

/* Is the Arabic word s[0..n) an organisation head of data/gaz_orgwords.tsv,
 * indefinite, also behind one of و ب ل ف (*skip = 1)?  Not لواء (a
 * brigade and a rank) nor مركز / مكتب (a town's centre, a person's
 * office). */
static int construct_head_text(const scan *st, const char *s, size_t n, int *skip)
{
    static const char *const no[] = {"لواء", "مركز", "مكتب"};
    /* behind a proclitic first: "وحركة" is read by the table behind و as well */
    *skip = n >= 8 && evg_ent_one_proclitic(s) && evg_ent_org_word_class(st->g, s + 2, n - 2) == 'H';
    if (*skip) s += 2, n -= 2;
    if (n < 6 || !memcmp(s, "ال", 4) || evg_ent_org_word_class(st->g, s, n) != 'H') return 0;
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        if (strlen(no[k]) == n && !memcmp(no[k], s, n)) return 0;
    return 1;
}

/* The same for token i. */
static int construct_head(const scan *st, int32_t i, int *skip)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, i, &n);
    return construct_head_text(st, s, n, skip);
}

static int32_t construct_org(scan *st, int32_t i, int32_t k, int skip, const char *country);
static int org_adjective(const scan *st, int32_t k, int32_t first);

/* Does a person's name open token k, in i's sentence: a listed person or
 * a name nobody listed?  "رئيس مجلس الدولة لي تشيانغ": the body after the
 * title names the person's office, and the person is the actor. */
static int person_follows(const scan *st, int32_t i, int32_t k)
{
    span m;
    int32_t end;
    if ((size_t)k >= st->d->tokens.n || !evg_ent_same_sent(st->d, i, k)) return 0;
    if (evg_ent_match_at(st, k, GAZ_NAME, &m) && m.first == k)
        return !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER");
    return evg_ent_unknown_name(st, k, &end);
}

/* Is the weak head at i (مصلحة "service" or "interest", مجموعة "group")
 * a body here: a demonym after its genitive ("مصلحة الجمارك الجزائرية"),
 * a title before it ("مدير مصلحة الضرائب"), or a verb before it that agrees
 * with it in the feminine ("أعلنت مصلحة", "تقول مجموعة")?  "يخدم مصلحة
 * العمال" is an interest, the object of its verb. */
static int weak_head_acts(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    span m;
    size_t n;
    int32_t k = i + 2;
    while ((size_t)k < d->tokens.n && org_adjective(st, k, i)) k++;
    if ((size_t)k < d->tokens.n && evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1)
        return 1;
    if (i == 0 || !evg_ent_same_sent(d, i - 1, i) || d->tokens.v[i - 1].kind != EVG_TOK_WORD) return 0;
    if (evg_ent_match_at(st, i - 1, GAZ_TITLE, &m) && m.end == i) return !person_follows(st, i, k);
    static const char *const lead[] = {"يراس", "يتراس", "تراس", "راس", "يقود", "قاد", "يدير", "ادار", "تدير", "تقود"};
    const char *b = evg_ent_bare_word(st, i - 1, &n);
    for (size_t l = 0; l < sizeof lead / sizeof *lead; l++)
        if (evg_key_eq(lead[l], b, n)) return 1; /* "يرأس مصلحة الجمارك": a verb of leading takes a body */
    if (!evg_ent_verb_first(st, i - 1)) return 0;
    const char *v = evg_ent_bare_word(st, i - 1, &n);
    return n >= 4 && (!memcmp(v, "ت", 2) || !memcmp(v + n - 2, "ت", 2));
}

/* Is token k a definite sound masculine plural that describes people
 * ("المضربين", "المعتصمون", "الغاضبين") and is no adjective of
 * organisation names ("المستقلين") nor a demonym?  After "مجموعة" and its noun it makes
 * a group of people, not a collective body: "مجموعة المحامين" is a body,
 * "مجموعة العمال المضربين" some workers. */
static int people_plural_adjective(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        st->in_timex[k])
        return 0;
    const char *w = evg_ent_tok_str(st->d, k, &n);
    if (evg_key_eq("الاثنين", w, n)) return 0; /* Monday, or "the two": of the plural's shape, no people */
    if (n < 14 || memcmp(w, "ال", 4) != 0 || (memcmp(w + n - 4, "ين", 4) != 0 && memcmp(w + n - 4, "ون", 4) != 0)) return 0;
    span m;
    if (evg_ent_match_at(st, k, GAZ_DEMONYM | GAZ_NAME, &m)) return 0; /* "الفلسطينيين": the body's country */
    return evg_ent_org_word_class(st->g, w + 4, n - 8) != 'A';
}

/* A head of data/gaz_orgwords.tsv that data/gaz_orgheads.tsv does not list
 * (مصلحة، مجموعة، رابطة ...) followed by one definite noun of the table:
 * "مصلحة الضرائب", "مجموعة الأطباء".  Not behind ل or ب, nor after a
 * preposition: "لمصلحة الشعب", "في مصلحة الوطن" are an interest, not a
 * service. */
static int weak_head_genitive(const scan *st, int32_t i, int skip)
{
    static const char *const preps[] = {"في", "من", "علي", "الي", "عن", "ضد"}; /* as folded: على إلى */
    const evg_doc *d = st->d;
    size_t n, g;
    int hk, hs;
    const char *s = evg_ent_tok_str(d, i, &n);
    if ((size_t)i + 1 >= d->tokens.n || (skip && (!memcmp(s, "ل", 2) || !memcmp(s, "ب", 2)))) return 0;
    if (evg_ent_arabic_org_head(st, s, n, &hk, &hs)) return 0;
    /* حركة and تجمع are as often motion and gathering: "شهدت حركة التجارة تراجعا" */
    if (evg_key_eq("حركه", s + 2 * skip, n - 2 * (size_t)skip) || evg_key_eq("تجمع", s + 2 * skip, n - 2 * (size_t)skip)) return 0;
    if (i > 0 && evg_ent_same_sent(d, i - 1, i))
        for (size_t p = 0; p < sizeof preps / sizeof *preps; p++)
            if (evg_tok_is(d, (size_t)i - 1, preps[p])) return 0;
    if (!evg_ent_plain_definite(st, i + 1, i) || evg_ent_descriptive_adjective(st, i + 1)) return 0;
    const char *w = evg_ent_tok_str(d, i + 1, &g);
    if (evg_ent_org_word_class(st->g, w + 4, g - 4) != 'N') return 0;
    if (evg_ent_same_sent(d, i, i + 2) && people_plural_adjective(st, i + 2)) return 0; /* "مجموعة العمال المضربين" */
    return weak_head_acts(st, i);
}

/* "حركة مجتمع السلم", "رابطة علماء المسلمين", "منتدى رؤساء المؤسسات",
 * "لجنة تقصي الحقائق الأممية": an organisation head, one or two indefinite
 * nouns of organisation names in the construct state (construct_noun), a
 * definite genitive, up to two definite adjectives of the name and a
 * demonym (the body's country; a listed place as the genitive gives it
 * too).  The genitive must not be a listed person, title or demonym; the
 * span stops before anything else (a verb, a date, a place after في).  A
 * new ORG; the end of its name, or -1. */
int32_t evg_ent_arabic_construct_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip;
    span m;
    const char *country = "";
    if (d->tokens.v[i].kind != EVG_TOK_WORD || d->tokens.v[i].script != EVG_SCRIPT_ARAB || !construct_head(st, i, &skip))
        return -1;
    int32_t k = i + 1;
    if (!construct_noun(st, k, i)) {
        if (!weak_head_genitive(st, i, skip)) return -1;
        k++; /* "مصلحة الضرائب", "مجموعة العمال" */
        for (int c = 0; c < 2 && org_adjective(st, k, i); c++) k++;
        return construct_org(st, i, k, skip, "");
    }
    k++;
    if (construct_noun(st, k, i)) k++;
    if ((size_t)k >= d->tokens.n) return -1;
    if (evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_NAME, &m) && m.end == k + 1 &&
        !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "GPE")) {
        country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "شركة نفط البصرة" */
    } else if (!evg_ent_plain_definite(st, k, i) || evg_ent_descriptive_adjective(st, k))
        return -1;
    k++;
    for (int c = 0; c < 2 && (org_adjective(st, k, i) || field_adjective(st, k)); c++) k++;
    return construct_org(st, i, k, skip, country);
}

/* The body [i, k) of evg_ent_arabic_construct_org_at: a demonym right
 * after it gives its country ("جمعية ضحايا التعذيب التونسية": the scan
 * reads the demonym next), else country.  A new ORG; k, or -1. */
static int32_t construct_org(scan *st, int32_t i, int32_t k, int skip, const char *country)
{
    const evg_doc *d = st->d;
    span m;
    if (evg_ent_same_sent(d, i, k) && (size_t)k < d->tokens.n && evg_ent_match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1)
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
    int32_t os = evg_ent_orig_after_letters(d, &d->tokens.v[i], skip);
    int32_t ent = evg_ent_new_entity_at(st, i, k, os, "ORG", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, k, os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return k;
}

/* Is token k (in the sentence of first) a definite adjective of
 * organisation names (data/gaz_orgwords.tsv: العام، العليا، المستقلة)? */
static int org_adjective(const scan *st, int32_t k, int32_t first)
{
    const evg_doc *d = st->d;
    size_t n;
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, first, k) || d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 8 || memcmp(w, "ال", 4) != 0 || evg_ent_descriptive_adjective(st, k)) return 0;
    return evg_ent_org_word_class(st->g, w + 4, n - 4) == 'A';
}

/* Is token k a noun of data/gaz_orgwords.tsv written behind و and the
 * article ("والتجارة"), continuing a field? */
static int coordinated_org_noun(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    const char *w = evg_ent_tok_str(st->d, k, &n);
    return n > 6 && !memcmp(w, "وال", 6) && evg_ent_org_word_class(st->g, w, n) == 'N';
}

/* "الجبهة الشعبية", "الحركة الوطنية", "التيار الديمقراطي": a political
 * movement's head (front, movement, current, bloc, coalition, alliance,
 * rally) and one adjective of a creed, [i, k) of two words, is a body. */
static int political_body(const scan *st, int32_t i, int32_t k)
{
    static const char *const heads[] = {"الجبهه", "الحركه", "التيار", "الكتله", "الاءتلاف", "الايتلاف", "التحالف", "التجمع"};
    static const char *const creeds[] = {"الوطنيه", "الوطني", "الشعبيه", "الشعبي", "الديمقراطيه", "الديمقراطي",
                                         "الديموقراطيه", "الديموقراطي", "الاسلاميه", "الاسلامي", "الاشتراكيه",
                                         "الاشتراكي", "الليبراليه", "الليبرالي", "التقدميه", "التقدمي", "الثوريه",
                                         "الثوري", "الجمهوريه", "الجمهوري", "الشيوعيه", "الشيوعي", "القوميه", "القومي",
                                         "المدنيه", "المدني", "الحر", "الحره", "الموحده", "الموحد"};
    const evg_doc *d = st->d;
    if (k - i != 2 || !evg_tok_in_static(d, (size_t)i, heads, sizeof heads / sizeof *heads, EVG_WS_WAW_FA)) return 0;
    return evg_tok_in_static(d, (size_t)i + 1, creeds, sizeof creeds / sizeof *creeds, EVG_WS_PLAIN);
}

/* Does a definite nisba adjective at token k (ال + three letters or more +
 * ي or ية) mark out a part of the region before it ("المنطقة الجنوبية",
 * "المنطقة الحدودية"), not the Arab or Islamic world as a whole? */
static int region_part_adjective(const scan *st, int32_t k)
{
    static const char *const whole[] = {"العربي", "العربيه", "الاسلامي", "الاسلاميه"};
    size_t n;
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 12 || memcmp(w, "ال", 4) != 0 || evg_tok_in_static(d, (size_t)k, whole, sizeof whole / sizeof *whole, EVG_WS_PLAIN))
        return 0;
    return evg_ent_ends_with(w, n, "ي") || evg_ent_ends_with(w, n, "يه");
}

/* Is the wide word at token k "المنطقة" (also "بالمنطقة") with an adjective
 * of a part after it: a specific place, where the body stays? */
static int specific_region(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if (!evg_tok_is(d, (size_t)k, "المنطقه") && !evg_tok_is(d, (size_t)k, "بالمنطقه")) return 0;
    return evg_ent_same_sent(d, k, k + 1) && region_part_adjective(st, k + 1);
}

/* Does a scope of wide extent follow the body-like words ending before k:
 * "في المنطقة", "في العالم", "بالمنطقة", "حول العالم"?  "الحركة الإسلامية في
 * المنطقة" is a current of opinion across a region, no body; "الحركة
 * الإسلامية في إسرائيل" (a country) and "في المنطقة الجنوبية" (a part of
 * one, specific_region) stay a name.  Not الإقليم: in Iraqi copy it is the
 * Kurdistan Region (Session 18). */
static int wide_scope_after(const scan *st, int32_t i, int32_t k)
{
    static const char *const preps[] = {"في", "حول", "عبر", "داخل"};
    static const char *const wide[] = {"المنطقه", "العالم", "القاره", "الدول", "البلدان", "المجتمعات",
                                       "الشرق", "المشرق", "الوطن"};
    static const char *const bwide[] = {"بالمنطقه", "بالعالم", "بالقاره", "بالدول", "بالبلدان", "بالمجتمعات"};
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, i, k)) return 0;
    if (evg_tok_in_static(d, (size_t)k, bwide, sizeof bwide / sizeof *bwide, EVG_WS_PLAIN)) return !specific_region(st, k);
    if (!evg_tok_in_static(d, (size_t)k, preps, sizeof preps / sizeof *preps, EVG_WS_PLAIN) || (size_t)k + 1 >= d->tokens.n ||
        !evg_ent_same_sent(d, k, k + 1))
        return 0;
    span m;
    if (evg_ent_match_at(st, k + 1, GAZ_NAME | GAZ_DEMONYM, &m)) return 0; /* "في المغرب" is a country */
    return evg_tok_in_static(d, (size_t)k + 1, wide, sizeof wide / sizeof *wide, EVG_WS_PLAIN) && !specific_region(st, k + 1);
}

/* "المحكمة الدستورية العليا", "المحكمة العليا": a definite head and its
 * adjectives [i, k) with no field after them are a new ORG when two
 * adjectives follow the head, or one after محكمة (courts are named by
 * their adjectives), الحزب or a movement's head (political_body) unless a
 * scope of wide extent follows (wide_scope_after); -1 otherwise. */
static int32_t adjective_org(scan *st, int32_t i, int32_t k)
{
    const evg_doc *d = st->d;
    int32_t a = i + 1, adj_end = k;
    const char *country = "";
    span m;
    if (k - i >= 3 && evg_ent_match_at(st, k - 1, GAZ_DEMONYM, &m) && m.end == k) { /* "الحزب الشيوعي اللبناني" */
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        adj_end = k - 1;
    }
    while (a < adj_end && org_adjective(st, a, i)) a++;
    if (a == adj_end) a = k;
    /* one adjective names a court or a party ("الحزب الجمهوري", "الحزب الشيوعي"), or a political
     * movement by its creed ("الجبهة الشعبية"); other heads take two */
    if (a != k || (k - i < 3 && !evg_tok_is(d, (size_t)i, "المحكمه") && !evg_tok_is(d, (size_t)i, "الحزب") &&
                   !political_body(st, i, k)))
        return -1;
    if (k - i < 3 && !evg_tok_is(d, (size_t)i, "المحكمه") && wide_scope_after(st, i, k))
        return -1; /* "الحركة الإسلامية في المنطقة", "الحزب الشيوعي في العالم": a current, no body */
    if (!*country) country = seat_country(st, i, k); /* "المحكمة الجنائية بقسنطينة" */
    int32_t ent = evg_ent_new_entity(st, i, k, "ORG", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, k, d->tokens.v[i].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    if (adj_end < k) evg_ent_add_mention(st, evg_ent_entity_of(st, st->g->keys.v[m.key].target), adj_end, k, d->tokens.v[adj_end].os,
                                 d->tokens.v[k - 1].oe, EVG_MEN_DEMONYM);
    return k;
}

/* A definite nisba adjective after an organisation's field, also behind و
 * ("الاقتصادية", "والاجتماعية"): no demonym, nothing listed. */
static int field_adjective(const scan *st, int32_t k)
{
    size_t n;
    span m;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    const char *w = evg_ent_tok_str(st->d, k, &n);
    if (n > 6 && !memcmp(w, "وال", 6)) w += 2, n -= 2;
    if (n < 12 || memcmp(w, "ال", 4) != 0 || (memcmp(w + n - 4, "يه", 4) && memcmp(w + n - 2, "ي", 2))) return 0;
    return !evg_ent_is_stop_tok(st, k) && !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG, &m);
}

/* "لمعالجة جذور الأزمة", "لمراجعة موقفها": token k is ل and an indefinite
 * noun in ة (a verbal noun: لمعالجة, لمراجعة) before an indefinite word in
 * its sentence (no particle), the object of an act of purpose; a field
 * of a body's name takes a definite genitive ("لمكافحة الفساد"), and a
 * name behind ل ("لحماس", "لباشاغا", a given name "لسلامة") is no verbal
 * noun. */
static int purpose_after(const scan *st, int32_t k)
{
    size_t n, g;
    const evg_doc *d = st->d;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 8 || memcmp(w, "ل", 2) != 0 || !memcmp(w, "لل", 4) || memcmp(w + n - 2, "ه", 2) != 0 ||
        evg_gaz_smap_get(&st->g->given, w + 2, n - 2) > 0) /* "لسلامة": a name behind ل */
        return 0;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || d->tokens.v[k + 1].kind != EVG_TOK_WORD ||
        evg_ent_is_stop_tok(st, k + 1))
        return 0;
    const char *x = evg_ent_tok_str(d, k + 1, &g);
    return d->tokens.v[k + 1].script == EVG_SCRIPT_ARAB && (g < 4 || memcmp(x, "ال", 4) != 0);
}

/* Is s[0..n) the definite head noun evg_ent_arabic_def_org_at opens on
 * (الهيئة, الاتحاد)? */
static int def_org_head(const scan *st, const char *s, size_t n)
{
    return n >= 8 && !memcmp(s, "ال", 4) &&
           (evg_gaz_smap_get(&st->g->orgheads, s + 4, n - 4) == 3 || evg_ent_org_word_class(st->g, s, n) == 'H');
}

int evg_ent_arabic_org_may_open(const scan *st, const char *s, size_t n)
{
    int skip;
    return (construct_head_text(st, s, n, &skip) ? 1 : 0) | (def_org_head(st, s, n) ? 2 : 0);
}

/* "الهيئة الوطنية للانتخابات", "المفوضية السامية لشؤون": a definite
 * organisation head, a definite adjective, optionally a demonym (the
 * organisation's country), and a word in ل naming its field: a new ORG. */
int32_t evg_ent_arabic_def_org_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    const char *country = "";
    span m;
    if (d->tokens.v[i].kind != EVG_TOK_WORD || d->tokens.v[i].script != EVG_SCRIPT_ARAB || !def_org_head(st, s, n))
        return -1;
    int32_t k = i + 1;
    int demonym_first = evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1; /* "الاتحاد التونسي للصناعة" */
    if (!demonym_first) {
        if (!(evg_ent_plain_definite(st, k, i) || org_adjective(st, k, i)) || evg_ent_descriptive_adjective(st, k)) return -1;
        k++;
        if (org_adjective(st, k, i)) k++; /* "الهيئة العليا المستقلة للانتخابات" */
    }
    if (evg_ent_same_sent(d, i, k) && evg_ent_match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1) {
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        k++;
    }
    const char *w = (size_t)k < d->tokens.n ? evg_ent_tok_str(d, k, &n) : "";
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, i, k) || d->tokens.v[k].kind != EVG_TOK_WORD || n < 8 ||
        memcmp(w, "ل", 2) != 0 || evg_ent_is_stop_tok(st, k) || st->in_timex[k])
        return adjective_org(st, i, k); /* للانتخابات, لشؤون */
    if (evg_ent_place_cue(st, k) && evg_ent_same_sent(d, i, k + 1) && evg_ent_match_at(st, k + 1, GAZ_NAME, &m) &&
        !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "GPE")) { /* "المجلس البلدي لمدينة صيدا" */
        country = st->g->ents.v[st->g->keys.v[m.key].target].country;
        k = m.end - 1;
    } else if (memcmp(w, "لل", 4) != 0 && evg_ent_plain_definite(st, k + 1, i))
        k++; /* لشؤون اللاجئين */
    else if (purpose_after(st, k))
        return adjective_org(st, i, k); /* "القيادة الروسية لمعالجة جذور ...": a purpose, no field */
    for (int c = 0; c < 2 && evg_ent_same_sent(d, i, k + 1) && coordinated_org_noun(st, k + 1); c++) k++; /* "والتجارة" */
    for (int c = 0; c < 3 && evg_ent_same_sent(d, i, k + 1) && field_adjective(st, k + 1); c++)
        k++; /* "للحقوق الاقتصادية والاجتماعية" */
    int32_t ent = evg_ent_new_entity(st, i, k + 1, "ORG", country, "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, k + 1, d->tokens.v[i].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}

/* ---- Arabic places nobody listed ---- */

/* The original text of token k ends in ة (a cue noun in the construct
 * state, not بلده "his country"). */
static int orig_ends_in_ta_marbuta(const evg_doc *d, int32_t k)
{
    const evg_token *t = &d->tokens.v[k];
    return t->oe - t->os >= 2 && !memcmp(d->raw.p + t->oe - 2, "\xD8\xA9", 2);
}

/* An indefinite adjective rather than a name: a nisba in ية (ساحلية) or
 * the pattern فعيلة (جديدة, كبيرة), folded ه at the end. */
static int feminine_adjective(const char *s, size_t n)
{
    if (n < 4 || memcmp(s + n - 2, "ه", 2) != 0) return 0;
    if (n >= 6 && !memcmp(s + n - 4, "يه", 4)) return 1;
    return evg_ent_count_letters(s, n) == 5 && n == 10 && !memcmp(s + 4, "ي", 2);
}

/* An indefinite masculine adjective rather than a name: a nisba in ي
 * (عشوائي) or the pattern فعيل (كبير, جديد), or a participle in م
 * (مؤقت). */
int evg_ent_masculine_adjective(const char *s, size_t n)
{
    if (n >= 6 && !memcmp(s + n - 2, "ي", 2)) return 1;
    if (evg_ent_count_letters(s, n) == 4 && n == 8 && !memcmp(s + 4, "ي", 2)) return 1;
    return evg_ent_count_letters(s, n) == 4 && n == 8 && !memcmp(s, "م", 2);
}

/* May token k be (a word of) an unlisted place name after a cue of kind? */
int evg_ent_place_word_ok(const scan *st, int32_t first, int32_t k, int kind)
{
    const evg_doc *d = st->d;
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, first, k)) return 0;
    const evg_token *t = &d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k] || evg_ent_has_tanwin(d, t)) return 0;
    if (evg_ent_count_letters(s, n) < 3 || evg_ent_is_stop_tok(st, k) || evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE |
                                                                          GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m))
        return 0;
    if (evg_ent_local_find(st, s, n) >= 0) return 0; /* "ولاية عون": a person named earlier, whose term it is */
    int definite = n > 4 && !memcmp(s, "ال", 4);
    if (!definite && feminine_adjective(s, n)) return 0;
    if (kind >= 2 && ((n > 4 && !memcmp(s, "لل", 4)) || evg_ar_verb_shape(s, n, EVG_VS_INFLECTED)))
        return 0; /* "منطقة للتجارة", "منطقة تشهد" */
    if (kind == 3 && evg_ent_masculine_adjective(s, n)) return 0; /* "مخيم مؤقت", "مخيم كبير" */
    return kind == 1 || (!definite && memcmp(s + n - 2, "ه", 2) != 0);
}

/* First words of compound place names (بيت لاهيا, سيدي بوزيد, عين العرب,
 * the Somali عيل بور, بندر عباس, جسر الشغور, حمام سوسة, قصر هلال, برج العرب,
 * سوق أهراس, مجدل شمس). */
static int place_head(const scan *st, int32_t k)
{
    static const char *const head[] = {"بيت", "سيدي", "ابو", "ام", "دير", "خان", "عين", "راس", "تل",
                                       "كفر", "بني", "بءر", "جبل", "وادي", "مرج", "حي", "عيل", "بندر",
                                       "جسر", "حمام", "قصر", "برج", "سوق", "مجدل"};
    for (size_t h = 0; h < sizeof head / sizeof *head; h++)
        if (evg_tok_is(st->d, (size_t)k, head[h])) return 1;
    return 0;
}

/* End of a place name at end past an Arabic word joined to it by a hyphen
 * with no space on either side: "ساحة كارا-سو", "قرية بيلي-سو" (a foreign
 * name written in two parts) are one name.  end when there is none.
 * entities_site.c reads site names with it too. */
int32_t evg_ent_hyphen_tail(const evg_doc *d, int32_t end)
{
    if ((size_t)end + 1 >= d->tokens.n || !evg_ent_same_sent(d, end - 1, end + 1) || !evg_tok_is(d, (size_t)end, "-"))
        return end;
    const evg_token *h = &d->tokens.v[end], *w = &d->tokens.v[end + 1];
    if ((h->flags & EVG_TOKF_SPACE_BEFORE) || (w->flags & EVG_TOKF_SPACE_BEFORE) || w->kind != EVG_TOK_WORD ||
        w->script != EVG_SCRIPT_ARAB)
        return end;
    return end + 2;
}

/* "مدينة كالباري", "في محافظة الزاوية", "قرية بيت جالا": a place noun in
 * the construct state and one name word (two after a compound head) that
 * name nothing listed: a new GPE (a region after منطقة, إقليم: LOC).  The
 * mention is the name without the noun. */
int32_t evg_ent_arabic_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int kind = evg_ent_place_cue(st, i);
    size_t n;
    const char *s = evg_ent_tok_str(d, i, &n);
    if (!kind || (!memcmp(s + n - 2, "ه", 2) && !orig_ends_in_ta_marbuta(d, i))) return -1;
    int32_t first = i + 1, end = first + 1;
    if (!evg_ent_place_word_ok(st, i, first, kind)) return -1;
    if (place_head(st, first) && evg_ent_place_word_ok(st, i, end, 1)) end++;
    end = evg_ent_hyphen_tail(d, end);
    int32_t ent = evg_ent_new_entity(st, first, end, kind >= 2 ? "LOC" : "GPE", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, first, end, d->tokens.v[first].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* ---- the halves of a divided country ---- */

/* "the North" / "the South" (capitalised, after "the", no name word after
 * it) and "الجارة الشمالية" / "الجارة الجنوبية" (the northern / southern
 * neighbour) in a document that has named either Korea: that Korea (a
 * reference: a TITLE mention).  Elsewhere the words name nothing. */
int32_t evg_ent_korea_side_at(scan *st, int32_t i)
{
    static const struct { const char *w1, *w2; const char *id; } side[] = {
        {"the", "north", "prk"}, {"the", "south", "kor"},
        {"الجاره", "الشماليه", "prk"}, {"الجاره", "الجنوبيه", "kor"}};
    const evg_doc *d = st->d;
    if ((size_t)i + 1 >= d->tokens.n || !evg_ent_same_sent(d, i, i + 1)) return -1;
    for (size_t k = 0; k < sizeof side / sizeof *side; k++) {
        if (!evg_tok_is(d, (size_t)i, side[k].w1) || !evg_tok_is(d, (size_t)i + 1, side[k].w2)) continue;
        if (evg_ent_entity_by_id(st, "prk") < 0 && evg_ent_entity_by_id(st, "kor") < 0) return -1; /* after the cheap test */
        int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
        if (latin && (!(d->tokens.v[i + 1].flags & EVG_TOKF_CAP) || evg_ent_cap_word(st, i + 2))) return -1;
        int e = evg_gaz_find_id(st->g, side[k].id);
        if (e < 0) return -1;
        int32_t first = latin ? i + 1 : i;
        evg_ent_add_mention(st, evg_ent_entity_of(st, e), first, i + 2, d->tokens.v[first].os, d->tokens.v[i + 1].oe, EVG_MEN_TITLE);
        return i + 2;
    }
    return -1;
}

/* "الشرطة الاتحادية المكسيكية", "القوات الخاصة الأردنية", "الحرس الوطني
 * الأمريكي": a definite head of a security body (a head of
 * data/gaz_orgwords.tsv), one or two adjectives of that table and a
 * demonym, when the gazetteer lists nothing past the head, are a new ORG of
 * the demonym's country ("Federal Police"); the scan reads the demonym
 * next.  The end of the body, or -1. */
int32_t evg_ent_body_adjective_at(scan *st, int32_t i)
{
    static const char *const heads[] = {"الشرطه", "القوات", "الحرس", "الجيش", "الامن"};
    const evg_doc *d = st->d;
    span m;
    if ((size_t)i + 2 >= d->tokens.n || d->tokens.v[i].script != EVG_SCRIPT_ARAB ||
        !evg_tok_in_static(d, (size_t)i, heads, sizeof heads / sizeof *heads, EVG_WS_WAW_FA))
        return -1;
    /* "والشرطة": the mention starts after the conjunction */
    int waw = !evg_tok_in_static(d, (size_t)i, heads, sizeof heads / sizeof *heads, EVG_WS_PLAIN);
    int32_t os = waw ? evg_ent_orig_after_letters(d, &d->tokens.v[i], 1) : d->tokens.v[i].os;
    if (evg_ent_match_at(st, i, GAZ_NAME | GAZ_TITLE | GAZ_DEMONYM, &m) && m.end > i + 1) return -1; /* القوات المسلحة */
    static const char *const intl[] = {"الدولي", "الدوليه", "الاممي", "الامميه", "العالمي", "العالميه"};
    int32_t k = i + 1;
    while (k < i + 3 && org_adjective(st, k, i) && !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m)) {
        if (evg_tok_in_static(d, (size_t)k, intl, sizeof intl / sizeof *intl, EVG_WS_PLAIN))
            return -1; /* "الشرطة الدولية" is Interpol, no country's */
        k++;
    }
    if (k == i + 1) return -1;
    if (!evg_ent_same_sent(d, i, k) || !evg_ent_match_at(st, k, GAZ_DEMONYM, &m) || m.end != k + 1) {
        /* no demonym ("الشرطة الاتحادية"): the country of a bare body, a place
         * after it, the sentence's last country, else the document's own.
         * Not an army or forces ("الجيش الوطني", "القوات الخاصة" are as often
         * another side's), nor security ("الأمن القومي" is as often the idea) */
        size_t hn;
        const char *hw = evg_ent_tok_str(d, i, &hn);
        if (evg_ent_ends_with(hw, hn, "القوات") || evg_ent_ends_with(hw, hn, "الجيش") || evg_ent_ends_with(hw, hn, "الامن")) return -1;
        int c = evg_ent_capital_country_after(st, k);
        if (c < 0) c = evg_ent_sentence_country_before(st, i);
        if (c < 0) {
            int32_t home = evg_ent_home_country(st);
            c = home >= 0 ? evg_ent_country_entry_of(st, &d->entities.v[home]) : -1;
        }
        if (c < 0) return -1;
        int32_t ent = evg_ent_new_entity_at(st, i, k, os, "ORG", st->g->ents.v[c].country, "");
        if (ent < 0 || strcmp(d->entities.v[ent].country ? d->entities.v[ent].country : "", st->g->ents.v[c].country))
            return -1; /* the same words for another country's body: left to the title */
        evg_ent_add_mention(st, ent, i, k, os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
        return k;
    }
    const gaz_entry *c = &st->g->ents.v[st->g->keys.v[m.key].target];
    if (!c->is_country) return -1;
    int32_t ent = evg_ent_new_entity_at(st, i, k, os, "ORG", c->country, "");
    if (ent < 0 || strcmp(d->entities.v[ent].country ? d->entities.v[ent].country : "", c->country)) return -1;
    evg_ent_add_mention(st, ent, i, k + 1, os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k;
}
