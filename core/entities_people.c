/*
 * entities_people.c - actors: appositions and people with no title.
 *
 * Owns the names in apposition to a title ("X, the foreign minister",
 * appositive_at) and the people found without one: a common given name
 * and more name words, a kinship noun or a naming cue (يدعى) before a
 * name, an occupation noun before a name (الباحث ...), a role before or
 * after a Latin name, a Latin name next to a reporting verb
 * ("... said", "according to ..."), and a judge's title before a name
 * (Judge, القاضي: a person of the judiciary).
 * Reads name shapes (entities_names.c) and keys (entities_key.c); writes
 * new people through entities_mention.c.  The word lists kin_nouns,
 * named_cues and occupation_nouns are also asked by may_bits
 * (entities_unlisted.c) through the accessors at their side.
 */
#include "entities_int.h"

#include <ctype.h>

/* Is s[0..n) three Arabic consonants with no long vowel or hamza seat
 * (حضر، شكر): the shape of a bare past verb, which names such as فادي,
 * فارس or وسيم after their first letter do not have? */
static int bare_triliteral(const char *s, size_t n)
{
    static const char *const soft[] = {"ا", "و", "ي", "ى", "ة", "أ", "إ", "آ", "ؤ", "ئ", "ء"};
    if (n != 6) return 0;
    for (size_t k = 0; k < n; k += 2) {
        if ((unsigned char)s[k] != 0xD8 && (unsigned char)s[k] != 0xD9) return 0;
        for (size_t v = 0; v < sizeof soft / sizeof *soft; v++)
            if (!memcmp(s + k, soft[v], 2)) return 0;
    }
    return 1;
}

/* Is Arabic token i a verb (behind و or ف): a stop word such as قالت or a
 * word of the shape of an inflected verb?  It then opens the clause whose
 * subject follows ("وقالت سلمى بنعيسى، مديرة ..."). */
int evg_ent_verb_first(const scan *st, int32_t i)
{
    size_t n;
    if (st->d->tokens.v[i].script != EVG_SCRIPT_ARAB || st->d->tokens.v[i].kind != EVG_TOK_WORD) return 0;
    const char *s = evg_ent_bare_word(st, i, &n);
    return evg_ent_is_stop(st, s, n) || evg_ar_verb_shape(s, n, EVG_VS_INFLECTED);
}

/* Does a particle that only ever precedes a verb (لم, لن, قد, سوف, لا)
 * stand right before Arabic token i?  The word after it is a verb. */
static int after_verb_particle(const scan *st, int32_t i)
{
    static const char *const part[] = {"لم", "لن", "قد", "سوف", "لا", "ولم", "ولن", "وقد", "ولا", "فلم", "فقد"};
    const evg_doc *d = st->d;
    if (i < 1 || d->tokens.v[i].script != EVG_SCRIPT_ARAB || !evg_ent_same_sent(d, i - 1, i)) return 0;
    for (size_t p = 0; p < sizeof part / sizeof *part; p++)
        if (evg_tok_is(d, (size_t)i - 1, part[p])) return 1;
    return 0;
}

/* "يوهان لارسن، وزير الخارجية النرويجي" / "Helena Varga, Hungary's trade
 * minister" / "Helena Varga, the trade minister": an unlisted name, a comma
 * and a person title right after it: a new person, whom that title then
 * stands for (appositive_title). */
/* The first token after i that is neither a word nor a joiner: the tokens of
 * an unlisted name (evg_ent_unknown_name) after its first are words and joiners
 * only, so this is the one token that may follow such a name's end. One walk
 * serves every start inside a run (speed). */
static int32_t name_run_stop(scan *st, int32_t i)
{
    if (i < st->run_from || i >= st->run_stop) {
        int32_t c = i + 1;
        while ((size_t)c < st->d->tokens.n && (st->d->tokens.v[c].kind == EVG_TOK_WORD || evg_ent_is_joiner(st->d, c))) c++;
        st->run_from = i;
        st->run_stop = c;
    }
    return st->run_stop;
}

static int latin_person_noun(const scan *st, int32_t k);

/* "Alyn Smith, a Scottish member of ...", "X, an independent lawmaker",
 * "X, the sister of ...": after the comma of an unlisted Latin name, a, an
 * or the, at most two describing words (a demonym, a capitalised or
 * lower-case adjective) and a role noun of people (latin_person_noun, or
 * "member of").  A rival or
 * an ally may be a party or a country ("Likud, a rival of", "Qatar, an
 * ally of"): those need a given name opening the name at i. */
static int latin_role_appositive(const scan *st, int32_t i, int32_t c)
{
    static const char *shared[] = {"rival", "rivals", "ally", "allies"}; /* "member of" keeps "Kalinda Obuya, an independent member" */
    const evg_doc *d = st->d;
    span q;
    int skip;
    if (!evg_tok_is(d, (size_t)c, "a") && !evg_tok_is(d, (size_t)c, "an") && !evg_tok_is(d, (size_t)c, "the")) return 0;
    for (int32_t k = c + 1; k <= c + 3 && evg_ent_same_sent(d, c, k + 1); k++) {
        if (d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k].script != EVG_SCRIPT_LATN) return 0;
        int any = 0;
        for (size_t w = 0; w < sizeof shared / sizeof *shared && !any; w++) any = evg_tok_is(d, (size_t)k, shared[w]);
        if (any && (latin_person_noun(st, k) || evg_tok_is(d, (size_t)k + 1, "of"))) return evg_ent_given_name(st, i, &skip);
        if (latin_person_noun(st, k)) return 1;
        if (evg_tok_is(d, (size_t)k, "member") && evg_tok_is(d, (size_t)k + 1, "of")) return 1;
        if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_TITLE, &q) && !evg_ent_match_at(st, k, GAZ_DEMONYM, &q)) return 0;
    }
    return 0;
}

/* An unlisted name at i that a comma and maybe a title follow: its first
 * word (past a clause-opening و or ف and verb) in *first, its end in *end;
 * 0: none. */
static int appositive_name(int32_t *first, int32_t *end, scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t c = name_run_stop(st, i);
    int fast_no = c < i + 2 || !evg_ent_is_comma(d, c) || !evg_ent_same_sent(d, i, c + 2); /* speed: no name then a comma */
#ifdef EVG_CHECK_MASKS /* -DEVG_CHECK_MASKS: the shortcut must never refuse a name the full test accepts */
    if (fast_no && evg_ent_unknown_name(st, i, end) && evg_ent_is_comma(d, *end) && evg_ent_same_sent(d, i, *end + 2)) abort();
#endif
    if (fast_no) return 0;
    if (!evg_ent_unknown_name(st, i, end) || !evg_ent_is_comma(d, *end) || !evg_ent_same_sent(d, i, *end + 2) || evg_ent_verb_first(st, i)) return 0;
    if (after_verb_particle(st, i)) return 0; /* "لم يوقع عليه ..." opens a verb, not a name */
    size_t wn;
    const char *w0 = evg_ent_tok_str(d, i, &wn);
    int gskip;
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB && (!memcmp(w0, "و", 2) || !memcmp(w0, "ف", 2)) &&
        !evg_ent_given_name(st, i, &gskip) && (bare_triliteral(w0 + 2, wn - 2) || evg_ent_given_name(st, i + 1, &gskip)))
        i++; /* "وحضر صالح المخزوم، ...", "وتابع عثمان ...": و and a past verb open the clause,
              * known by its shape or the given name after it ("فادي حداد" stays whole) */
    if (i >= *end) return 0;
    *first = i;
    return 1;
}

/* "في أحد فنادق المدينة، المبعوث الأمريكي الخاص زلماي خليل زاد": a listed
 * person's name within three words after the title at k (its qualifier
 * between) is whom the title names; the words before the comma are none. */
static int listed_holder_after(const scan *st, int32_t k)
{
    span m;
    for (int32_t j = k; j <= k + 3 && (size_t)j < st->d->tokens.n && evg_ent_same_sent(st->d, k, j); j++) {
        if (evg_ent_is_comma(st->d, j)) return 0;
        if (evg_ent_match_at(st, j, GAZ_NAME, &m) && m.first == j &&
            !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER"))
            return 1;
    }
    return 0;
}

int32_t evg_ent_appositive_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end, t0, j;
    span t, q;
    if (!appositive_name(&i, &end, st, i)) return -1;
    t0 = end + 1;
    int latin = d->tokens.v[i].script == EVG_SCRIPT_LATN;
    if (latin && (evg_tok_is(d, (size_t)t0, "the") || evg_tok_is(d, (size_t)t0, "a"))) t0++;
    j = latin && evg_ent_match_at(st, t0, GAZ_NAME | GAZ_DEMONYM, &q) ? q.end : t0; /* "Hungary's", "Hungarian" */
    if (latin && j > t0 && evg_ent_abbreviation_dot(d, j)) j++; /* "the U.S. envoy": past the dot */
    int deputy = 0;
    if (!latin && evg_ent_same_sent(d, t0, t0 + 2) && (evg_ent_deputy_word(st, t0) || evg_tok_is(d, (size_t)t0, "الناءب")) &&
        !evg_ent_match_at(st, t0, GAZ_TITLE, &t)) { /* "نائب وزير الخارجية السوري" is a listed title of the person */
        j = t0 + 1; /* "X، نائب رئيسها", "X، النائب الثاني لرئيس البرلمان": a deputy */
        if (evg_ent_ordinal_word(d, j)) j++;
        deputy = 1;
    }
    if (!evg_ent_match_at(st, j, GAZ_TITLE, &t) && !(latin && evg_ent_latin_title_after(st, j, 0, &t))) {
        if (!latin || deputy || !latin_role_appositive(st, i, end + 1)) return -1;
        int32_t p = evg_ent_new_entity(st, i, end, "PER", "", ""); /* no title to stand for the person */
        if (p < 0) return -1;
        evg_ent_add_mention(st, p, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
        return end;
    }
    if (strcmp(st->g->titles.v[st->g->keys.v[t.key].target].type, "PER") != 0) return -1;
    if (listed_holder_after(st, t.end)) return -1;
    int32_t ent = evg_ent_new_entity(st, i, end, "PER", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    if (deputy) return end; /* the title after the deputy word is another person's */
    st->appos_at = t0 + 1;
    st->appos_to = t.first;
    st->appos_ent = ent;
    return end;
}

/* ---- people with no title next to them ---- */

/* May Arabic token k continue a name with no title before it?  Not a
 * word shaped like an inflected verb ("عن عمر يناهز"), a noun with a
 * pronoun suffix ه ("يوسف شكره"), or a noun in ة behind a preposition
 * ("خالد يوسف بزيادة"), unless it is a given name itself. */
static int untitled_word_ok(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    int skip;
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (evg_ent_given_name(st, k, &skip) || evg_ent_name_particle(st, k, 0)) return 1;
    if (evg_ar_verb_shape(s, n, EVG_VS_INFLECTED)) return 0;
    if (evg_ent_count_letters(s, n) >= 4 && evg_ent_orig_ends_in(d, k, "\xD9\x87") && !evg_ent_persian_zadeh(s, n)) return 0;
    int prep = !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2) || !memcmp(s, "ك", 2);
    if (prep && evg_ent_count_letters(s, n) >= 5 && evg_ent_orig_ends_in(d, k, "\xD8\xA9")) return 0;
    if (evg_ent_prep_construct_plural(st, k)) return 0; /* "ينس فوغلر بمفاوضي المتمردين" */
    /* a noun in ة in the construct state ("مهدي جائزة الإبداع") */
    return !(evg_ent_orig_ends_in(d, k, "\xD8\xA9") && evg_ent_same_sent(d, k, k + 1) && evg_ent_plain_definite(st, k + 1, k));
}

/* End of a name with no title before it over [first, end): an Arabic
 * name stops before a word untitled_word_ok rejects and after three name
 * words (particles بن and عبد's partner aside); 0 if fewer than two words
 * remain. */
static int32_t untitled_end(const scan *st, int32_t first, int32_t end)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, end - 1, &n);
    if (d->tokens.v[first].script != EVG_SCRIPT_ARAB) return evg_ent_possessive_end(s, n) ? 0 : end; /* no id from "Hassan's" */
    int words = 1;
    int32_t k = first + (evg_ent_compound_name(st, first) ? 2 : 1);
    while (k < end && untitled_word_ok(st, k) && (words < 3 || evg_ent_name_particle(st, k, 0))) {
        int step = evg_ent_name_particle(st, k, 0) ? 1 : evg_ent_compound_name(st, k) ? 2 : 1;
        if (step == 1 && !evg_ent_name_particle(st, k, 0)) words++;
        if (step == 2) words++;
        k += step;
    }
    while (k > first && evg_ent_name_particle(st, k - 1, 0)) k--;
    return words >= 2 ? k : 0;
}

/* A new person over tokens [first, end), the name starting at original
 * byte os (past a proclitic); the index after it, or -1. */
static int32_t untitled_person(scan *st, int32_t first, int32_t end, int32_t os)
{
    int32_t ent = evg_ent_new_entity_at(st, first, end, os, "PER", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, first, end, os, st->d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* Is the Latin run [first, end) opened by a given name the name of a place
 * or a building rather than a person: after a word that opens place names
 * ("Santa Rosa Beach", "Port Louis", "Lake Albert") or ended by a generic
 * noun of places, buildings and prizes ("Albert Basin", "Victoria Station",
 * "Nelson Square")?  Given and family names are neither. */
static int latin_place_run(const scan *st, int32_t first, int32_t end)
{
    static const char *const before[] = {"santa", "san", "saint", "st", "lake", "port", "fort", "mount", "cape", "royal"};
    static const char *const last[] = {"beach", "basin", "bay", "island", "islands", "river", "falls", "square",
                                       "street", "avenue", "road", "bridge", "park", "stadium", "hall", "station",
                                       "harbour", "harbor", "point", "valley", "canal", "dam", "dock", "docks",
                                       "hospital", "school", "college", "prize", "award", "cup", "trophy", "line"};
    const evg_doc *d = st->d;
    if (d->tokens.v[first].script != EVG_SCRIPT_LATN) return 0;
    if (first >= 1 && evg_ent_same_sent(d, first - 1, first) &&
        evg_tok_in_static(d, (size_t)(first - 1), before, sizeof before / sizeof *before, 0))
        return 1;
    return evg_tok_in_static(d, (size_t)(end - 1), last, sizeof last / sizeof *last, 0);
}

/* "يوسف كمارا", "ومحمد بن ناصر الهاجري", "عبد الكريم الزبيدي", "Tomasz
 * Nowicki": a common given name (or عبد with a definite word) and one to
 * four more name words, with no title before it: a new person ("Albert
 * Basin", "Santa Rosa Beach" are none, latin_place_run). */
int32_t evg_ent_given_name_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip = 0;
    int32_t end;
    if (!evg_ent_given_name(st, i, &skip) && evg_ent_compound_name(st, i) != 2) return -1;
    if (!evg_ent_unknown_name(st, i, &end) || !(end = untitled_end(st, i, end))) return -1;
    if (latin_place_run(st, i, end)) return -1;
    return untitled_person(st, i, end, evg_ent_orig_after_letters(d, &d->tokens.v[i], skip));
}

/* Is Latin token k an initial: one capital letter and its dot ("P.", "V."),
 * in the sentence of token first?  The index after the dot, else -1. */
static int32_t latin_initial(const evg_doc *d, int32_t first, int32_t k)
{
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, first, k + 1)) return -1;
    const evg_token *t = &d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || t->oe - t->os != 1 || !isupper((unsigned char)d->raw.p[t->os]))
        return -1;
    const evg_token *dot = &d->tokens.v[k + 1];
    return dot->os == t->oe && dot->oe == dot->os + 1 && d->raw.p[dot->os] == '.' ? k + 2 : -1;
}

/* "K. R. Narayanan", "C. S. Lewis": two initials or more and one to
 * three capitalised words nobody listed: an English name, a new person.
 * One initial alone is left out: "Plan B. The" ends a sentence. */
int32_t evg_ent_initials_name_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t k = i, next, initials = 0, words = 0;
    while ((next = latin_initial(d, i, k)) > k) k = next, initials++;
    if (initials < 2) return -1;
    while (words < 3 && evg_ent_same_sent(d, i, k) && evg_ent_name_word_ok(st, k, 1)) k++, words++;
    size_t n;
    const char *s = words ? evg_ent_tok_str(d, k - 1, &n) : NULL;
    if (!words || evg_ent_possessive_end(s, n)) return -1; /* no id from "Lewis's" */
    return untitled_person(st, i, k, d->tokens.v[i].os);
}

/* "الخبير الاقتصادي سامي النجار", "الباحث التركي أوميت يلماز": an Arabic
 * occupation noun, up to two definite adjectives or demonyms, and a name
 * nobody listed: a new person, of the demonym's country (the noun gives
 * no role).  The demonym is a mention of its country too. */
/* "ويدعى النقيب ..."، "واسمه ..."، "المدعو ...", "identified as ...", "named
 * ...": a word that introduces a name (the title may stand far before it:
 * "قال المتحدث، ويدعى ...") and a name nobody listed after any rank: a new
 * person. */
/* "نجله صدام حفتر", "شقيقها كمال أردوغان": a kinship noun with a pronoun,
 * one plain word and the family name of a listed person at i: a relative
 * of that person, a new person over the two words (not the listed one).
 * The token after the name, or -1. */
static const char *const kin_nouns[] = {"نجله", "نجلها", "ابنه", "ابنها", "شقيقه", "شقيقها", "شقيقته", "ابنته",
                                        "زوجته", "زوجها", "نجليه", "وابنه", "ونجله", "وشقيقه"};

/* Is token i a kinship noun before a name (نجله، شقيقته)?  may_bits (entities_unlisted.c) asks too. */
int evg_ent_kin_noun(const evg_doc *d, int32_t i, unsigned flags)
{
    return evg_tok_in_static(d, (size_t)i, kin_nouns, sizeof kin_nouns / sizeof *kin_nouns, flags);
}

int32_t evg_ent_kin_name_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    span m;
    int32_t j = i + 1;
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB || !evg_ent_same_sent(d, i, j + 1) ||
        !evg_tok_in_static(d, (size_t)i, kin_nouns, sizeof kin_nouns / sizeof *kin_nouns, EVG_WS_PLAIN))
        return -1;
    if (!evg_ent_name_word_ok(st, j, 0) || !evg_ent_match_at(st, j + 1, GAZ_NAME, &m) || m.end != j + 2 ||
        strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER") != 0)
        return -1;
    return untitled_person(st, j, j + 2, d->tokens.v[j].os);
}

static const char *const named_cues[] = {"يدعي", "ويدعي", "تدعي", "وتدعي", "واسمه", "واسمها", "المدعو", "المدعوه"};

/* Is token i a word that introduces a name (يدعى، المدعو)?  may_bits (entities_unlisted.c) asks too. */
int evg_ent_named_cue(const evg_doc *d, int32_t i, unsigned flags)
{
    return evg_tok_in_static(d, (size_t)i, named_cues, sizeof named_cues / sizeof *named_cues, flags);
}

int32_t evg_ent_named_cue_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t j = -1, end;
    if (d->tokens.v[i].script == EVG_SCRIPT_ARAB) {
        if (evg_tok_in_static(d, (size_t)i, named_cues, sizeof named_cues / sizeof *named_cues, EVG_WS_PLAIN))
            j = i + 1;
    } else if (evg_ent_same_sent(d, i, i + 1) && evg_tok_is(d, (size_t)i, "identified") && evg_tok_is(d, (size_t)i + 1, "as"))
        j = i + 2;
    if (j < 0) return -1;
    j = evg_ent_honor_skip(st, j);
    if (!evg_ent_same_sent(d, i, j) || !evg_ent_unknown_name(st, j, &end) || !(end = untitled_end(st, j, end))) return -1;
    if (d->tokens.v[j].script == EVG_SCRIPT_LATN && !evg_ent_cap_word(st, j)) return -1;
    return untitled_person(st, j, end, d->tokens.v[j].os);
}

/* "في الشؤون الأفريقية", "في العلاقات الدولية": في and a definite word at j
 * (the field of an occupation noun before it, at i). */
static int field_phrase(const scan *st, int32_t i, int32_t j)
{
    return evg_ent_same_sent(st->d, i, j + 1) && evg_tok_is(st->d, (size_t)j, "في") && evg_ent_plain_definite(st, j + 1, i);
}

/* "في منظمة هيومن رايتس ووتش", "في شركة أرامكو": في, an optional body noun
 * and a listed organisation at j (where the person of the occupation noun
 * at i works): the organisation is named; the token after it, or -1. */
static int32_t workplace_at(scan *st, int32_t i, int32_t j)
{
    span m;
    int32_t k = j + 1;
    if (!evg_ent_same_sent(st->d, i, j + 1) || !evg_tok_is(st->d, (size_t)j, "في")) return -1;
    if (evg_ent_body_noun(st, k) && evg_ent_same_sent(st->d, i, k + 1) && !evg_ent_match_at(st, k, GAZ_NAME, &m)) k++;
    if (!evg_ent_match_at(st, k, GAZ_NAME, &m) || strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "ORG") != 0)
        return -1;
    if (k > j + 1) m.first = j + 1, m.os = st->d->tokens.v[j + 1].os; /* the mention takes the noun along */
    return evg_ent_emit_key(st, &m, EVG_MEN_NAME);
}

static const char *const occupation_nouns[] = {"الخبير", "الخبيره", "المحلل", "المحلله", "الباحث", "الباحثه",
                                               "الناشط", "الناشطه", "الصحفي", "الصحفيه", "الكاتب", "الكاتبه",
                                               "المحامي", "المحاميه", "الطبيب", "الطبيبه", "المهندس", "المهندسه",
                                               "المواطن", "المواطنه", "الفنان", "الفنانه", "الشاعر", "الشاعره",
                                               "اللاعب", "اللاعبه", "المدرب", "المزارع", "التاجر", "الاكاديمي",
                                               "المتخصص", "المتخصصه", "المختص", "المختصه", "المعارض", "المعارضه",
                                               "الاعلامي", "الاعلاميه", "الحقوقي", "الحقوقيه", "المراسل", "المراسله",
                                               "المصور", "المصوره", "المءرخ", "الروايي", "الرواءي", "المخرج",
                                               "المخرجه", "الداعيه", "المفكر", "المعلم", "المعلمه", "الطالب", "الطالبه",
                                               "السيناتور", "الدبلوماسي", "الدبلوماسيه", "المسءول",
                                               "المسءوله", "القيادي", "القياديه", "الناءب", "الناءبه"};

/* Is token i an occupation noun before a name (الباحث، المحلل)?  may_bits (entities_unlisted.c) asks too. */
int evg_ent_occupation_noun(const evg_doc *d, int32_t i, unsigned flags)
{
    return evg_tok_in_static(d, (size_t)i, occupation_nouns, sizeof occupation_nouns / sizeof *occupation_nouns, flags);
}

int32_t evg_ent_occupation_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t j = i + 1, end;
    size_t n;
    const char *w = evg_ent_tok_str(d, i, &n);
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB) return -1;
    if ((evg_tok_is(d, (size_t)i, "رجل") || evg_tok_is(d, (size_t)i, "سيده")) && evg_ent_same_sent(d, i, i + 1) &&
        evg_tok_is(d, (size_t)i + 1, "الاعمال"))
        j = i + 2; /* "رجل الأعمال", "سيدة الأعمال" (businessman, -woman) */
    else if (n < 10 || memcmp(w, "ال", 4) != 0) return -1; /* cheap test first */
    else if (!evg_tok_in_static(d, (size_t)i, occupation_nouns, sizeof occupation_nouns / sizeof *occupation_nouns,
                                EVG_WS_PLAIN))
        return -1;
    const char *country = "";
    span m;
    int32_t lim = i + 3, k;
    while (j < lim) {
        if (j > i && field_phrase(st, i, j)) j += 2, lim = j + 2; /* "الباحث في الشؤون الأفريقية" */
        else if (j > i && (k = workplace_at(st, i, j)) > j) j = lim = k; /* "الباحثة في منظمة ..." */
        else if (evg_ent_plain_definite(st, j, i)) j++;
        else if (evg_ent_same_sent(d, i, j) && evg_ent_match_at(st, j, GAZ_DEMONYM, &m) && m.end == j + 1) {
            country = st->g->ents.v[st->g->keys.v[m.key].target].country; /* "الباحث التركي" */
            evg_ent_emit_key(st, &m, EVG_MEN_DEMONYM);
            j++;
        } else break;
    }
    if (!evg_ent_same_sent(d, i, j) || !evg_ent_unknown_name(st, j, &end) || !(end = untitled_end(st, j, end)))
        return *country ? j : -1; /* the demonym is already a mention */
    int32_t ent = evg_ent_new_entity(st, j, end, "PER", country, "");
    if (ent < 0) return j;
    evg_ent_add_mention(st, ent, j, end, d->tokens.v[j].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* A speaker named after an inverted reporting verb (", said the host",
 * ", said he"): the words before the comma are then the quote. */
static int quote_speaker(const scan *st, int32_t k)
{
    static const char *const w[] = {"the", "a", "an", "he", "she", "they", "it"};
    if (k >= 0 && evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN)) return 1;
    return evg_ent_cap_word(st, k); /* ", said Ana Petrova" */
}

/* Token k is a lower-case English noun of a person's role ("candidate
 * Edmundo Gonzalez", "activist ...") or, with org 1, of a body ("group
 * Foro Penal", "watchdog ..."); with org 2 a role noun in any case
 * ("Farmer Joseph Otieno said" opening a sentence). */
static int role_noun(const scan *st, int32_t k, int org)
{
    static const char *const per[] = {"candidate", "activist", "journalist", "lawyer", "businessman", "businesswoman",
                                      "analyst", "researcher", "professor", "economist", "commentator", "dissident",
                                      "blogger", "photographer", "reporter", "correspondent", "nurse", "teacher",
                                      "student", "farmer", "resident", "survivor", "pilot", "singer", "actor",
                                      "actress", "writer", "novelist", "poet", "footballer", "striker", "coach",
                                      "priest", "cleric", "rabbi", "bishop", "tycoon", "billionaire", "entrepreneur",
                                      "lawmaker", "senator", "legislator", "congressman", "congresswoman",
                                      "negotiator", "mediator", "mayor", "governor", "founder", "scientist",
                                      "historian", "author", "artist", "filmmaker", "hostage", "detainee", "prisoner",
                                      "runner", "sprinter", "marathoner", "athlete", "cyclist", "boxer", "swimmer",
                                      "wrestler", "gymnast", "skier", "jockey", "cricketer", "batsman", "golfer",
                                      "goalkeeper", "midfielder", "winger", "player", "captain", "champion",
                                      "referee", "doctor", "surgeon", "engineer", "diplomat", "banker", "investor",
                                      "campaigner", "protester", "witness", "refugee", "migrant", "imam", "sheikh"};
    static const char *const body[] = {"group", "organisation", "organization", "agency", "company", "firm",
                                       "charity", "watchdog", "movement", "party", "coalition", "network",
                                       "alliance", "association", "union", "ngo", "monitor", "broadcaster",
                                       "newspaper", "outlet", "militia", "faction"};
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0;
    const evg_token *t = &st->d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || ((t->flags & EVG_TOKF_CAP) && org < 2)) return 0;
    const char *const *w = org == 1 ? body : per;
    size_t n = org == 1 ? sizeof body / sizeof *body : sizeof per / sizeof *per;
    return evg_tok_in_static(st->d, (size_t)k, w, n, EVG_WS_PLAIN);
}

/* Is Latin token k a lower-case noun naming a person or persons by role
 * ("manager", "registrar", "judges", "spokeswoman", "aide")?  A role word
 * of data/gaz_rolenouns.tsv (class R; class X names no person), or an
 * ending only people have (-ist, -ian, -man, -woman,
 * -person), singular or plural: -er or -or alone also end newspapers,
 * carriers, lenders and rivers ("The lender, Banco Popular, said"). */
static int latin_person_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    const evg_token *t = &d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || (t->flags & EVG_TOKF_CAP) || n < 4) return 0;
    int cls = evg_gaz_smap_get(&st->g->rolenouns, s, n); /* data/gaz_rolenouns.tsv */
    if (cls == 'R' || cls == 'X') return cls == 'R';
    if (n >= 6 && (!memcmp(s + n - 4, "ment", 4) || !memcmp(s + n - 5, "ments", 5))) return 0;
    for (size_t e = 0; e < st->g->role_ends.n; e++) {
        size_t el = strlen(st->g->role_ends.v[e]);
        if (n > el + 2 && !memcmp(s + n - el, st->g->role_ends.v[e], el)) return 1;
    }
    return 0;
}

/* An unlisted Latin name of two to four words at i (a rank before it
 * skipped) ending before a comma, "said" or a reporting verb; its end or -1. */
static int32_t comma_role_name(const scan *st, int32_t i, int32_t *first)
{
    const evg_doc *d = st->d;
    int32_t end, f = evg_ent_honor_skip(st, i);
    if ((size_t)f >= d->tokens.n || !evg_ent_same_sent(d, i, f) || !evg_ent_cap_word(st, f)) return -1;
    if (!evg_ent_unknown_name(st, f, &end) || evg_ent_word_count(d, f, end) > 4 || (size_t)end >= d->tokens.n) return -1;
    for (int32_t k = f; k < end; k++)
        if (evg_ent_head_kind(st, k) > 0) return -1;
    *first = f;
    return end;
}

/* "The commission's ICT manager, Chris Msando, was ...", "Two judges,
 * Ana Ruiz and Lena Voss, dissented": a lower-case noun of a person's role
 * (latin_person_noun), a comma and one or two (with "and") names nobody
 * listed, closed by a comma, "said" or a reporting verb: new persons. */
int32_t evg_ent_latin_comma_role_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t f, end, f2 = -1, end2 = -1;
    if (i < 2 || !evg_ent_cap_word(st, i) || !evg_ent_is_comma(d, i - 1) || !evg_ent_same_sent(d, i - 2, i)) return -1;
    if (!latin_person_noun(st, i - 2) || (end = comma_role_name(st, i, &f)) < 0) return -1;
    if (evg_tok_is(d, (size_t)end, "and") && evg_ent_same_sent(d, end, end + 1) &&
        (end2 = comma_role_name(st, end + 1, &f2)) < 0)
        return -1;
    int32_t last = end2 >= 0 ? end2 : end;
    if (!evg_ent_is_comma(d, last) && !evg_tok_is(d, (size_t)last, "said") && !evg_ent_reporting_word(st, last)) return -1;
    if (!untitled_end(st, f, end) || (end2 >= 0 && !untitled_end(st, f2, end2))) return -1;
    if (untitled_person(st, f, end, d->tokens.v[f].os) < 0) return -1;
    if (end2 >= 0 && untitled_person(st, f2, end2, d->tokens.v[f2].os) < 0) return -1;
    return last;
}

/* "presidential candidate Edmundo Gonzalez", "activist Maria Ruiz": two to
 * four capitalised words nobody listed, none a head, right after a role
 * noun: a new person. */
int32_t evg_ent_latin_role_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end;
    if (i < 1 || !evg_ent_cap_word(st, i) || !evg_ent_same_sent(d, i - 1, i) || !role_noun(st, i - 1, 0)) return -1;
    if (!evg_ent_unknown_name(st, i, &end) && evg_ent_given_city_pair(st, i, 1, 1)) end = i + 2; /* "senator Paloma Valencia" */
    else if (!evg_ent_unknown_name(st, i, &end) || evg_ent_word_count(st->d, i, end) > 4 || !untitled_end(st, i, end)) return -1;
    for (int32_t k = i; k < end; k++)
        if (evg_ent_head_kind(st, k) > 0) return -1;
    return untitled_person(st, i, end, d->tokens.v[i].os);
}

/* Is token k a judge's title written before the name: Judge, Justice,
 * Magistrate (any case), القاضي / القاضية (also behind و)? */
static int judge_word(const scan *st, int32_t k)
{
    static const char *const w[] = {"judge", "justice", "magistrate", "القاضي", "القاضيه", "والقاضي", "والقاضيه"};
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    return evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* "القاضي سليم الحداد", "القاضية منى الصالح": after an Arabic judge's
 * title, a given name and one definite word that names nothing listed is a
 * name even when that word is also a common noun (الحداد "mourning",
 * الصالح "the good"); so is an indefinite word of a given name's shape
 * (not behind ب ل و, no verb, no tanwin) before it.  The end of the name,
 * or -1. */
int32_t evg_ent_judge_name_ar(const scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int skip;
    size_t n;
    span m;
    int32_t k = i + 1;
    if (d->tokens.v[i].script != EVG_SCRIPT_ARAB || d->tokens.v[i].kind != EVG_TOK_WORD || st->in_timex[i]) return -1;
    if (!evg_ent_given_name(st, i, &skip) || skip) { /* سليم, منى: given names that are also common words */
        const char *f = evg_ent_tok_str(d, i, &n);
        if (n < 6 || !memcmp(f, "ال", 4) || !memcmp(f, "ب", 2) || !memcmp(f, "ل", 2) || !memcmp(f, "و", 2) ||
            evg_ent_is_stop_tok(st, i) || evg_ent_has_tanwin(d, &d->tokens.v[i]) || evg_ar_verb_shape(f, n, EVG_VS_INFLECTED) ||
            evg_ent_match_at(st, i, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m))
            return -1; /* "القاضي بسجن المتهم": a verbal noun, no name */
    }
    if ((size_t)k >= d->tokens.n || !evg_ent_same_sent(d, i, k) || d->tokens.v[k].kind != EVG_TOK_WORD ||
        d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->in_timex[k] || evg_ent_is_stop_tok(st, k) ||
        evg_ent_descriptive_adjective(st, k))
        return -1;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (n < 10 || memcmp(w, "ال", 4) != 0 || evg_ent_head_kind(st, k) > 0 ||
        evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR | GAZ_HONOR, &m))
        return -1;
    return k + 1;
}

/* The country of the court a judge sits in, named right after the name:
 * "of the Nairobi High Court", "في محكمة الاستئناف بتونس" (a listed place
 * within six words, before the sentence ends; a court with no place names
 * none); with no court named, the document's own country (a judge is
 * named in the story of his country's court). */
const char *evg_ent_judge_country(scan *st, int32_t end)
{
    const evg_doc *d = st->d;
    span m;
    int court = 0;
    for (int32_t k = end; k < end + 7 && (size_t)k < d->tokens.n && evg_ent_same_sent(d, end, k); k++) {
        size_t n;
        const char *w = evg_ent_tok_str(d, k, &n);
        if (evg_tok_is(d, (size_t)k, "court") || evg_tok_is(d, (size_t)k, "tribunal") || (n >= 8 && strstr(w, "محكمه")))
            court = 1;
        if (k > end && evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) {
            const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
            if (!strcmp(e->type, "GPE") && *e->country) return e->country;
        }
        if (!court && k > end + 2) break;
    }
    if (court) return ""; /* "of the International Criminal Court": no country's */
    int32_t home = evg_ent_home_country(st);
    return home >= 0 && d->entities.v[home].country ? d->entities.v[home].country : "";
}

/* "Judge Anna Kowalska of the Warsaw District Court", "Justice Kwame
 * Ofori", "القاضي محمد الأمين بحري": a judge's title and two to four name
 * words nobody listed, none a head: a new person of the judiciary (JUD). */
int32_t evg_ent_judge_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end;
    if (i < 1 || !evg_ent_same_sent(d, i - 1, i) || !judge_word(st, i - 1) || st->in_timex[i]) return -1;
    if (d->tokens.v[i].script == EVG_SCRIPT_LATN && !evg_ent_cap_word(st, i)) return -1;
    if (!evg_ent_unknown_name(st, i, &end) || evg_ent_word_count(d, i, end) > 4 || !(end = untitled_end(st, i, end))) {
        if ((end = evg_ent_judge_name_ar(st, i)) < 0) return -1;
    }
    for (int32_t k = i; k < end; k++)
        if (evg_ent_head_kind(st, k) > 0) return -1;
    int32_t os = d->tokens.v[i].os, ent = evg_ent_new_entity_at(st, i, end, os, "PER", evg_ent_judge_country(st, end), "JUD");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}

/* '"Prices are high," said Nimal, a driver': one capitalised word nobody
 * listed after a quote's inverted reporting verb and before an appositive
 * (", a ...", ", who ...", ", 34,"): a person named by one word. */
static int32_t latin_said_one_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t e = i + 1;
    if (i < 2 || !evg_ent_cap_word(st, i) || st->in_timex[i] || evg_ent_head_kind(st, i) > 0 || !evg_ent_same_sent(d, i - 2, e + 1)) return -1;
    if (d->tokens.v[i - 2].kind != EVG_TOK_PUNCT || !evg_ent_reporting_word(st, i - 1) || !evg_ent_is_comma(d, e)) return -1;
    int appos = evg_tok_is(d, (size_t)e + 1, "a") || evg_tok_is(d, (size_t)e + 1, "an") ||
                evg_tok_is(d, (size_t)e + 1, "who") ||
                (d->tokens.v[e + 1].kind == EVG_TOK_NUM && evg_ent_same_sent(d, i, e + 2) && evg_ent_is_comma(d, e + 2));
    return appos ? untitled_person(st, i, e, d->tokens.v[i].os) : -1;
}

/* Does the capitalised Latin word k end like an English abstract noun or
 * adjective ("Transparency", "Witness", "International", "Chartered",
 * "Solutions")?  Such a word makes a run that speaks a body with no head
 * noun, not a person: given and family names do not end this way. */
static int english_common_shape(const scan *st, int32_t k)
{
    /* not "ment" nor "ics": surnames end so (Ian Clement, Djokovics) */
    static const char *const suf[] = {"tion", "sion", "tions", "ness", "ity", "ments", "ency", "ancy",
                                      "ional", "ered", "ism", "ship", "ware", "ology", "ities"};
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (st->d->tokens.v[k].script != EVG_SCRIPT_LATN || n < 6) return 0;
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
        size_t m = strlen(suf[i]);
        if (n > m + 2 && !memcmp(s + n - m, suf[i], m)) return 1;
    }
    return 0;
}

/* "Nguyen Thi Lan said", "according to Arvid Holmqvist", ", said Ana
 * Petrova": two to four capitalised words nobody listed, none of them an
 * organisation or place head, next to a reporting verb: a new person; after
 * "the" ("the Grand Mosque said") or with a word of an English common
 * noun's shape ("Transparency International said") a new organisation. */
int32_t evg_ent_latin_said_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t end;
    if (evg_ent_cap_word(st, i) && !evg_ent_unknown_name(st, i, &end)) return latin_said_one_at(st, i);
    if (role_noun(st, i, 2)) return -1; /* "Farmer" + Joseph Otieno said */
    if (!evg_ent_cap_word(st, i) || !evg_ent_unknown_name(st, i, &end) || evg_ent_word_count(d, i, end) > 4) return -1;
    size_t n;
    const char *last = evg_ent_tok_str(d, end - 1, &n);
    if (!untitled_end(st, i, end) || (n > 3 && last[n - 1] == 's' && last[n - 2] != 's'))
        return -1; /* "Rescue Teams said": a plural noun, not a surname */
    int org = i >= 1 && evg_ent_same_sent(d, i - 1, i) && (evg_tok_is(d, (size_t)(i - 1), "the") || role_noun(st, i - 1, 1));
    /* "the Grand Mosque said", "rights group Foro Penal said" */
    for (int32_t k = i; k < end; k++)
        if (evg_ent_head_kind(st, k) > 0) return -1;
    int before = i >= 2 && evg_ent_same_sent(d, i - 2, i) && evg_tok_is(d, (size_t)(i - 2), "according") &&
                 evg_tok_is(d, (size_t)(i - 1), "to");
    before |= i >= 2 && d->tokens.v[i - 2].kind == EVG_TOK_PUNCT && evg_ent_same_sent(d, i - 2, i) &&
              evg_ent_reporting_word(st, i - 1); /* ', said X' and '." said X' */
    int after = evg_ent_same_sent(d, i, end) && evg_ent_reporting_word(st, end);
    after |= evg_ent_same_sent(d, i, end + 1) && evg_ent_is_comma(d, end) &&
             (evg_tok_is(d, (size_t)(end + 1), "who") ||
              (evg_ent_reporting_word(st, end + 1) && !quote_speaker(st, end + 2))); /* not "Good Morning, said the host" */
    /* "Olena Kovalenko, 34, a nurse": an age in apposition */
    after |= evg_ent_same_sent(d, i, end + 2) && evg_ent_is_comma(d, end) && d->tokens.v[end + 1].kind == EVG_TOK_NUM &&
             evg_ent_is_comma(d, end + 2);
    if (!before && !after) return -1;
    int given_skip;
    if (!evg_ent_given_name(st, i, &given_skip)) /* a listed given name opens a person's name */
        for (int32_t k = i; k < end && !org; k++) org = english_common_shape(st, k); /* "Global Witness said" */
    if (!org) return untitled_person(st, i, end, d->tokens.v[i].os);
    int32_t ent = evg_ent_new_entity(st, i, end, "ORG", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, end, d->tokens.v[i].os, d->tokens.v[end - 1].oe, EVG_MEN_NAME);
    return end;
}
