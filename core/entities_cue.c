/*
 * entities_cue.c - actors: places and bodies found by a cue word.
 *
 * Owns the recognisers that open on a cue rather than a name: a country
 * whose name is a stop word (مالي) after a preposition or in a
 * coordination, media named before a speech noun or in quotes, a byline,
 * the Sahara, a quoted place, a dateline's place, a short form in
 * brackets, a place after في.
 * Reads keys (entities_key.c); writes through entities_mention.c; called
 * from unlisted_at (entities_unlisted.c).
 */
#include "entities_int.h"

/* Is Arabic token k a verb in the feminine perfect (three letters or more
 * ending in ت, not a plural in ات: "انسحبت", "أعلنت"), whose subject a
 * country's name may be ("انسحبت مالي": no adjective follows a verb)?
 * Session 19 ev5. */
static int fem_perfect_at(const evg_doc *d, int32_t k)
{
    size_t n;
    const char *w = evg_ent_tok_str(d, k, &n);
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB || n < 6 || memcmp(w + n - 2, "\xD8\xAA", 2) != 0) return 0; /* ت */
    return memcmp(w + n - 4, "\xD8\xA7", 2) != 0; /* not ات */
}

/* A country or city whose name is also a stop word (مالي "financial" and
 * Mali, الرمادي "grey" and Ramadi) at Arabic token i, also behind و: the
 * place after a preposition, a compass, state or city noun ("في مالي",
 * "شمال مالي", "دولة مالي", "مدينة الرمادي", "محافظ الحلة"), a country
 * right after a feminine perfect verb, its subject ("انسحبت مالي"; not in
 * direct speech, where the verb may be "I" or "you"), or in a
 * coordination with another place ("مالي وبوركينا فاسو", "النيجر
 * ومالي"). */
static int is_quote(const evg_doc *d, int32_t j);

/* Does Arabic token k stand in direct speech: after a colon or an opening
 * quote in its sentence, or before a speech tag that closes it ("...، قالت
 * الأم")?  There a verb in ت may be the first or second person ("خسرت مالي":
 * "I lost my money"), so it tells no feminine subject. */
static int in_direct_speech(const evg_doc *d, int32_t k)
{
    static const char *const tags[] = {"قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "تابع", "تابعت"};
    for (int32_t j = k - 1; j >= 0 && evg_ent_same_sent(d, j, k); j--)
        if (d->tokens.v[j].kind == EVG_TOK_PUNCT && (evg_tok_is(d, (size_t)j, ":") || is_quote(d, j))) return 1;
    for (int32_t j = k + 1; (size_t)j + 1 < d->tokens.n && evg_ent_same_sent(d, k, j + 1); j++)
        if ((evg_tok_is(d, (size_t)j, "،") || evg_tok_is(d, (size_t)j, ",")) &&
            evg_tok_in_static(d, (size_t)j + 1, tags, sizeof tags / sizeof *tags, EVG_WS_WAW_FA))
            return 1;
    return 0;
}

int32_t evg_ent_stop_country_at(scan *st, int32_t i)
{
    static const char *const cue[] = {"في", "الي", "من", "عن", "شمال", "جنوب", "شرق", "غرب", "وسط", "دوله",
                                      "جمهوريه", "حكومه", "بينها", "بينهم", "مثل", "زار", "يزور", "مدينه",
                                      "محافظه", "قضاء", "بلده", "محافظ", "مدن", "ومدينه", "بمدينه", "وفي", "قرب",
                                      "بالقرب", "نحو", "داخل", "خارج", "والي", "ومن",
                                      "علي", "وعلي", "حول"}; /* على folds to علي: "سيطروا على الرمادي" */
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n, c = 0;
    int32_t end;
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[i]) return -1;
    const char *s = evg_ent_tok_str(d, i, &n);
    int coord = n >= 8 && !memcmp(s, "و", 2);
    if (coord) s += 2, n -= 2;
    if (!evg_ent_is_stop(st, s, n)) return -1; /* may_bits' MAY_STOP */
    int k = evg_ent_best_key(st, i, s, n, GAZ_NAME, &end);
    const gaz_entry *e = k >= 0 ? &st->g->ents.v[st->g->keys.v[k].target] : NULL;
    if (!e || st->g->keys.v[k].ntok != 1 || (!e->is_country && strcmp(e->type, "GPE") != 0)) return -1;
    int ok = coord && d->mentions.n && d->mentions.v[d->mentions.n - 1].tok_end == i &&
             d->entities.v[d->mentions.v[d->mentions.n - 1].entity].country[0];
    while (!ok && i > 0 && evg_ent_same_sent(d, i - 1, i) && c < sizeof cue / sizeof *cue) ok = evg_tok_is(d, (size_t)i - 1, cue[c++]);
    if (!ok && e->is_country && i > 0 && !coord && evg_ent_same_sent(d, i - 1, i)) ok = fem_perfect_at(d, i - 1) && !in_direct_speech(d, i - 1);
    if (!ok && evg_ent_same_sent(d, i, i + 1) && d->tokens.v[i + 1].script == EVG_SCRIPT_ARAB && evg_ent_match_at(st, i + 1, GAZ_NAME, &m))
        ok = m.os > d->tokens.v[i + 1].os && st->g->ents.v[st->g->keys.v[m.key].target].is_country; /* "ومالي" */
    if (!ok) return -1;
    evg_ent_add_mention(st, evg_ent_entity_of(st, st->g->keys.v[k].target), i, i + 1, evg_ent_orig_after_letters(d, t, coord), t->oe,
                EVG_MEN_NAME);
    return i + 1;
}

/* Nothing listed starts at i: a bare word of a person named earlier, a
 * spelling variant, or an English organisation or place nobody listed. */
/* The NAME key made of exactly the folded words w[0..n), or -1. */
static int key_of_words(const scan *st, const char *const *w, const size_t *wl, int n)
{
    char sk[128];
    int len = evg_gaz_skel(w[0], wl[0], sk, sizeof sk);
    for (int k = len > 0 ? evg_gaz_bucket(st->g, sk, (size_t)len) : -1; k >= 0; k = st->g->keys.v[k].next) {
        const gaz_key *key = &st->g->keys.v[k];
        int t = 0;
        if (key->kind != GAZ_NAME || key->ntok != n) continue;
        while (t < n && strlen(key->tok[t]) == wl[t] && !memcmp(key->tok[t], w[t], wl[t])) t++;
        if (t == n) return k;
    }
    return -1;
}

static int is_quote(const evg_doc *d, int32_t j)
{
    static const char *const quotes[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D"};
    if ((size_t)j >= d->tokens.n || d->tokens.v[j].kind != EVG_TOK_PUNCT) return 0;
    for (size_t q = 0; q < sizeof quotes / sizeof *quotes; q++)
        if (evg_tok_is(d, (size_t)j, quotes[q])) return 1;
    return 0;
}

/* Token i is an Arabic noun of a news medium (قناة، صحيفة، لموقع ...):
 * its folded text without a one-letter proclitic into *w, *n. */
/* Is token k a noun of speaking to a medium (تصريح، حديث، مقابلة ...)? */
static int speech_noun(const scan *st, int32_t k)
{
    static const char *const nouns[] = {"تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها",
                                        "مقابله", "حوار", "بيان"};
    size_t n;
    if (k < 0 || !evg_ent_same_sent(st->d, k, k + 1)) return 0;
    const char *s = evg_ent_bare_word(st, k, &n);
    for (size_t a = 0; a < sizeof nouns / sizeof *nouns; a++)
        if (n == strlen(nouns[a]) && !memcmp(s, nouns[a], n)) return 1;
    return 0;
}

/* The noun that opens a medium's name in quotes at token i into *w: 1, or
 * 2 for ل after a noun of speaking ('في تصريح لـ"الخبر"', no noun of the
 * medium written), 3 for a company's شركة; 0 when there is none. */
static int media_cue(const scan *st, int32_t i, const char **w, size_t *n)
{
    static const char *const cues[] = {"قناه", "صحيفه", "جريده", "موقع", "اذاعه", "شبكه", "مجله",
                                       "تلفزيون"};
    const char *s = evg_ent_tok_str(st->d, i, n);
    if (st->d->tokens.v[i].script != EVG_SCRIPT_ARAB) return 0;
    if (*n == 2 && !memcmp(s, "ل", 2) && speech_noun(st, i - 1)) return *w = s, 2; /* 'في تصريح لـ"الخبر"' */
    for (int strip = 0; strip < 2; strip++) {
        for (size_t c = 0; c < sizeof cues / sizeof *cues; c++)
            if (strlen(cues[c]) == *n && !memcmp(cues[c], s, *n)) return *w = s, 1;
        if (*n == strlen("شركه") && !memcmp(s, "شركه", *n)) return *w = s, 3; /* 'لشركة "العال"' */
        if (*n <= 2 || (memcmp(s, "و", 2) && memcmp(s, "ف", 2) && memcmp(s, "ب", 2) && memcmp(s, "ل", 2))) return 0;
        s += 2, *n -= 2;
    }
    return 0;
}

/* The words between the quotation mark at I + 1 and its closing mark in the
 * same sentence (one to four), stored from W[1]; returns the closing mark's
 * token, or -1 when there is none. */
static int32_t quoted_words(const evg_doc *d, int32_t i, const char **w, size_t *wl)
{
    int32_t close = i + 2;
    while (close < i + 6 && evg_ent_same_sent(d, i, close) &&
           (d->tokens.v[close].kind == EVG_TOK_WORD ||
            (close > i + 2 && d->tokens.v[close].kind == EVG_TOK_NUM))) { /* 'قناة "فرانس 24"' */
        w[close - i - 1] = evg_ent_tok_str(d, close, &wl[close - i - 1]);
        close++;
    }
    if (close == i + 2 || !is_quote(d, close) || !evg_ent_same_sent(d, i, close)) return -1;
    return close;
}

/* 'قناة "الجزيرة"', 'لموقع "رووداو"', 'صحيفة "الوطن" السورية': a medium's
 * noun and its name in quotes (one to four words) name that medium: the
 * listed one ("قناة الجزيرة", or the quoted name alone), else a new ORG
 * (MED) of the country of a demonym after the quotes.  A company's name in
 * quotes after شركة is the same (a new ORG: BUS). */
int32_t evg_ent_media_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const char *w[6];
    size_t wl[6];
    int32_t close = i + 2, ent = -1;
    span m;
    int cue = is_quote(d, i + 1) ? media_cue(st, i, &w[0], &wl[0]) : 0;
    if (!cue) return -1;
    if ((close = quoted_words(d, i, w, wl)) < 0) return -1;
    int n = close - i - 1, k = key_of_words(st, w, wl, n);
    if (k < 0) k = key_of_words(st, w + 1, wl + 1, n - 1);
    for (size_t c = 0; k < 0 && cue == 2 && c < 3; c++) { /* "الخبر" is listed as "صحيفة الخبر" */
        static const char *const nouns[] = {"صحيفه", "قناه", "جريده"};
        w[0] = nouns[c], wl[0] = strlen(nouns[c]);
        k = key_of_words(st, w, wl, n);
    }
    if (k >= 0) ent = evg_ent_entity_of(st, st->g->keys.v[k].target);
    else {
        const char *country = evg_ent_match_at(st, close + 1, GAZ_DEMONYM, &m) && evg_ent_same_sent(d, i, close + 1)
                                  ? st->g->ents.v[st->g->keys.v[m.key].target].country : "";
        ent = evg_ent_new_entity(st, i + 2, close, "ORG", country, cue == 3 ? "BUS" : "MED");
    }
    if (ent < 0) return -1;
    int32_t first = cue == 2 ? i + 1 : i; /* 'لـ"الخبر"': the name in its quotes */
    evg_ent_add_mention(st, ent, first, close + 1, d->tokens.v[first].os, d->tokens.v[close].oe, EVG_MEN_NAME);
    return close + 1;
}

/* "NAIROBI, May 14 (Coast Wire) - ...": in a wire dateline, one to four
 * capitalised words in brackets before a dash, near the top of the text,
 * name the news service that filed the story (ORG, MED), listed or not. */
int32_t evg_ent_byline_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t k = i + 1;
    span m;
    if (d->tokens.v[i].kind != EVG_TOK_PUNCT || !evg_tok_is(d, (size_t)i, "(") || d->tokens.v[i].sent > 3 || i == 0 ||
        (d->tokens.v[i - 1].script != EVG_SCRIPT_LATN && d->tokens.v[i - 1].kind != EVG_TOK_NUM))
        return -1;
    while ((size_t)k < d->tokens.n && k < i + 5 && evg_ent_same_sent(d, i, k) && evg_ent_cap_word(st, k)) k++;
    if (k == i + 1 || (size_t)k + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)k, ")")) return -1;
    if (!evg_tok_is(d, (size_t)k + 1, "-") && !evg_tok_is(d, (size_t)k + 1, "\xE2\x80\x93") &&
        !evg_tok_is(d, (size_t)k + 1, "\xE2\x80\x94"))
        return -1;
    if (evg_ent_match_at(st, i + 1, GAZ_NAME, &m) && m.end == k) return -1; /* "(Reuters)": the listed agency, read as usual */
    int32_t ent = evg_ent_new_entity(st, i + 1, k, "ORG", "", "MED");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i + 1, k, d->tokens.v[i + 1].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return k + 1;
}

/* "الصحراء" alone ("نزاع الصحراء", "مغربية الصحراء") is Western Sahara in a
 * document that has named Morocco, the Polisario or Western Sahara, not
 * before a definite adjective (الصحراء الكبرى, a listed name anyway). */
/* Is s[0..n) الصحراء, also behind و ب ل?  The proclitic's letters (0 or
 * 1), or -1. */
int evg_ent_sahara_word(const char *s, size_t n)
{
    static const char sahara[] = "الصحراء";
    size_t sl = sizeof sahara - 1;
    int skip = n == sl + 2 && (!memcmp(s, "و", 2) || !memcmp(s, "ب", 2) || !memcmp(s, "ل", 2));
    return n - (size_t)skip * 2 != sl || memcmp(s + skip * 2, sahara, sl) != 0 ? -1 : skip;
}

int32_t evg_ent_sahara_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[i];
    size_t n;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return -1;
    const char *s = evg_ent_tok_str(d, i, &n);
    int skip = evg_ent_sahara_word(s, n);
    if (skip < 0) return -1;
    if (evg_ent_same_sent(d, i, i + 1) && evg_ent_plain_definite(st, i + 1, i)) return -1;
    int32_t esh = evg_ent_entity_by_id(st, "esh");
    if (esh < 0 && evg_ent_entity_by_id(st, "mar") < 0 && evg_ent_entity_by_id(st, "polisario") < 0) return -1;
    if (esh < 0) esh = evg_ent_entity_of(st, evg_gaz_find_id(st->g, "esh"));
    if (esh < 0) return -1;
    evg_ent_add_mention(st, esh, i, i + 1, evg_ent_orig_after_letters(d, t, skip), t->oe, EVG_MEN_NAME);
    return i + 1;
}

/* 'سد "قيز قلعه سي"', 'مطار "رامون"': a noun of a built place or site and a
 * name in quotes is that place: the listed one (with or without the noun),
 * else a new LOC named by the transliteration and the noun's English. */
int32_t evg_ent_quoted_place_at(scan *st, int32_t i)
{
    static const struct { const char *ar, *en; } cues[] = {
        {"سد", "Dam"}, {"مطار", "Airport"}, {"ميناء", "Port"}, {"قاعده", "Base"}, {"معبر", "Crossing"},
        {"مخيم", "Camp"}, {"حقل", "Field"}, {"منجم", "Mine"}, {"مصفاه", "Refinery"}, {"محطه", "Station"},
        {"جسر", "Bridge"}, {"سجن", "Prison"}, {"مستشفي", "Hospital"}, {"ملعب", "Stadium"}};
    const evg_doc *d = st->d;
    const char *w[6];
    size_t wl[6], c = 0;
    int32_t close = i + 2, ent;
    int strip = 0;
    if (!is_quote(d, i + 1) || d->tokens.v[i].script != EVG_SCRIPT_ARAB) return -1;
    w[0] = evg_ent_tok_str(d, i, &wl[0]);
    for (;;) { /* the whole word first; one proclitic off only when the whole is no cue ("وسد", "بمطار") */
        for (c = 0; c < sizeof cues / sizeof *cues; c++)
            if (strlen(cues[c].ar) == wl[0] && memcmp(cues[c].ar, w[0], wl[0]) == 0) break;
        if (c < sizeof cues / sizeof *cues) break;
        if (strip || wl[0] <= 4 || !evg_ent_one_proclitic(w[0])) return -1;
        w[0] += 2, wl[0] -= 2, strip = 1;
    }
    if ((close = quoted_words(d, i, w, wl)) < 0) return -1;
    int n = close - i - 1, k = key_of_words(st, w, wl, n);
    if (k < 0) k = key_of_words(st, w + 1, wl + 1, n - 1);
    if (k >= 0) ent = evg_ent_entity_of(st, st->g->keys.v[k].target);
    else if ((ent = evg_ent_new_entity(st, i + 2, close, "LOC", "", "")) >= 0 && st->d->entities.v[ent].first_mention < 0) {
        evg_entity *x = &st->d->entities.v[ent];
        evg_buf b = {0};
        evg_buf_printf(&b, "%s %s", x->name_en, cues[c].en);
        x->name_en = evg_arena_strndup(st->d->arena, b.p, b.n);
        evg_buf_free(&b);
    }
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, close + 1, evg_ent_orig_after_letters(d, &d->tokens.v[i], strip), d->tokens.v[close].oe,
                EVG_MEN_NAME);
    return close + 1;
}

/* "Calif.", "Fla.", "Mass.": a US state in the abbreviation of wire
 * datelines (a word and its dot, tokens k and k + 1). */
static int us_state_abbrev(const scan *st, int32_t k)
{
    static const char *const ab[] = {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "kan",
                                     "mass", "mich", "minn", "miss", "mont", "neb", "nev", "okla", "ore", "tenn",
                                     "wash", "wis", "wyo", "md", "va", "ga", "pa", "la", "ky", "mo", "nc", "sc"};
    if ((size_t)k + 1 >= st->d->tokens.n || !evg_tok_is(st->d, (size_t)k + 1, ".") ||
        st->d->tokens.v[k].script != EVG_SCRIPT_LATN || !(st->d->tokens.v[k].flags & EVG_TOKF_CAP))
        return 0;
    for (size_t a = 0; a < sizeof ab / sizeof *ab; a++)
        if (evg_tok_is(st->d, (size_t)k, ab[a])) return 1;
    return 0;
}

/* An English wire dateline that opens a sentence of the first lines with a
 * place in capitals nobody listed, a comma and its country: "OHRID, North
 * Macedonia - ..." makes Ohrid a place of that country.  A listed region
 * or state of a country, or a US state's abbreviation, serves as well, and
 * a comma may follow it (the date and the agency come next): "WOODSIDE,
 * California, Nov 16 (Wire) -", "WOODSIDE, Calif. (AP) -". */
int32_t evg_ent_dateline_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    int32_t k = i;
    span m;
    if (d->tokens.v[i].script != EVG_SCRIPT_LATN || d->tokens.v[i].sent > 3 || (i > 0 && evg_ent_same_sent(d, i - 1, i)))
        return -1;
    while ((size_t)k < d->tokens.n && k < i + 3 && d->tokens.v[k].kind == EVG_TOK_WORD &&
           d->tokens.v[k].script == EVG_SCRIPT_LATN && evg_ent_tok_upper(d, k) && d->tokens.v[k].oe - d->tokens.v[k].os >= 3)
        k++;
    if (k == i || !evg_ent_is_comma(d, k)) return -1;
    const char *country = NULL;
    int32_t after;
    int abbrev = 0;
    if (evg_ent_match_at(st, k + 1, GAZ_NAME, &m) && !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "GPE") &&
        strlen(st->g->ents.v[st->g->keys.v[m.key].target].country) == 3)
        country = st->g->ents.v[st->g->keys.v[m.key].target].country, after = m.end; /* "Ohrid, North Macedonia", "Woodside, California" */
    else if (us_state_abbrev(st, k + 1))
        country = "USA", after = k + 3, abbrev = 1; /* "WOODSIDE, Calif." */
    else
        return -1;
    if (!evg_tok_is(d, (size_t)after, "-") && !evg_tok_is(d, (size_t)after, "\xE2\x80\x93") &&
        !evg_tok_is(d, (size_t)after, "\xE2\x80\x94") && !evg_tok_is(d, (size_t)after, "(") && !evg_ent_is_comma(d, after))
        return -1;
    int32_t ent = evg_ent_new_entity(st, i, k, "GPE", country, "");
    if (ent < 0) return -1;
    evg_entity *x = &st->d->entities.v[ent];
    if (x->name_en && evg_ent_tok_upper(d, i)) { /* "OHRID" -> "Ohrid" */
        char *en = evg_arena_strdup(st->d->arena, x->name_en);
        for (char *c = en; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        evg_ent_capitalise(en);
        x->name_en = en;
    }
    evg_ent_add_mention(st, ent, i, k, d->tokens.v[i].os, d->tokens.v[k - 1].oe, EVG_MEN_NAME);
    return abbrev ? after : k; /* past "Calif." */
}

/* The mention, among the last few, of an organisation's name or title
 * whose tokens end at token end (before the name of a country inside it
 * was added: "Zambia Electoral Commission"), else the last name mention
 * ending there or where a country's adjective ending there begins ("هيئة
 * الطيران المدني الكينية"); NULL if none does. */
static const evg_mention *short_form_owner(const evg_doc *d, int32_t end)
{
    const evg_mention *dem = NULL, *own = NULL;
    for (size_t k = d->mentions.n; k > 0 && k + 3 > d->mentions.n; k--) { /* a name or body's title ending there */
        const evg_mention *m = &d->mentions.v[k - 1];
        if ((m->kind == EVG_MEN_NAME || m->kind == EVG_MEN_TITLE) && m->tok_end == end &&
            !strcmp(d->entities.v[m->entity].type, "ORG"))
            return m;
    }
    for (size_t k = d->mentions.n; k > 0 && k + 3 > d->mentions.n; k--) {
        const evg_mention *m = &d->mentions.v[k - 1];
        if (m->kind == EVG_MEN_DEMONYM && m->tok_end == end) dem = m;
        else if (m->kind == EVG_MEN_NAME && !own) own = m;
    }
    if (own && (own->tok_end == end || (dem && own->tok_end == dem->tok_first))) return own;
    return NULL;
}

/* "وكالة الأنباء العراقية (واع)", "the Electoral Commission (ECN)": one
 * word in brackets right after the name of an organisation is that
 * organisation (or after its country's adjective) is the organisation's
 * short form: a mention of it, and a local alias so that the
 * short form alone names it further on.  An Arabic short form carries no
 * article (a definite word there is a gloss: "(الرسمية)"); a Latin one is
 * written in capitals; none is inside a time expression.  When no
 * organisation's mention ends at the bracket, or one covers only part of
 * the name, entities_acronym.c finds or makes the owner. */
int32_t evg_ent_bracket_short_form_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n;
    if (i < 2 || !d->mentions.n || (size_t)i + 1 >= d->tokens.n || !evg_tok_is(d, (size_t)i - 1, "(") ||
        !evg_tok_is(d, (size_t)i + 1, ")") || !evg_ent_same_sent(d, i - 1, i + 1))
        return -1;
    const evg_mention *m = short_form_owner(d, i - 1);
    const evg_token *t = &d->tokens.v[i];
    const char *s = evg_ent_tok_str(d, i, &n);
    if (t->kind != EVG_TOK_WORD || evg_ent_is_stop_tok(st, i) || evg_ent_count_letters(s, n) < 2 || st->in_timex[i])
        return -1;
    if (t->script == EVG_SCRIPT_ARAB ? (n >= 4 && !memcmp(s, "ال", 4)) : !evg_ent_tok_upper(d, i)) return -1;
    int own = m && !strcmp(d->entities.v[m->entity].type, "ORG");
    int32_t ent = evg_ent_bracket_owner_unlisted(st, i, own ? m->entity : -1, own ? m->tok_first : -1); /* entities_acronym.c */
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, i, i + 1, t->os, t->oe, EVG_MEN_NAME);
    evg_ent_local_alias_add(st, i, t->os, ent);
    return i + 1;
}

/* Has word k (s[0..n), folded) the shape of an Arabic common noun rather
 * than of a foreign place name, which Arabic writes with long vowels and
 * ends in ا, never in ى: a noun in ى (مستشفى, مبنى, مقهى), in ة or in ات,
 * a verbal noun, a noun of place in م with no long vowel after it (مصنع,
 * مكتب, معسكر) or in مست (مستودع, مستوصف), or a listed noun of a building
 * (فندق, مطار)? */
static int common_noun_shape(const evg_doc *d, int32_t k, const char *s, size_t n)
{
    if (evg_ent_orig_ends_in(d, k, "\xD9\x89") || !memcmp(s + n - 2, "ه", 2) || (n > 4 && !memcmp(s + n - 4, "ات", 4)) ||
        evg_ent_bare_masdar_shape(s, n) || evg_ent_site_noun_word(d, k))
        return 1;
    if (memcmp(s, "م", 2) != 0) return 0;
    if (n > 6 && !memcmp(s, "مست", 6)) return 1;
    for (size_t b = 2; b + 1 < n; b += 2)
        if (!memcmp(s + b, "ا", 2) || !memcmp(s + b, "و", 2) || !memcmp(s + b, "ي", 2)) return 0;
    return 1;
}

/* "وقعت الاشتباكات في تيموكو.": after في, one indefinite Arabic word nobody
 * listed that closes its sentence or clause (a full stop, a comma, the end)
 * is a new place when it ends in و or ا (not ى), as foreign place names
 * do, or has five letters or more and is no noun in ة, plural in ات, noun
 * in م (مستودع, معسكر), verbal noun or word of speech (في بيان، في حينه،
 * في تصريحات، في اجتماع); also any such word before ب and a place noun
 * ("في بتلر بولاية بنسلفانيا") when it has no shape of a common noun
 * (common_noun_shape: "في مستشفى بمدينة" names no place).  Not a variant of a listed name ("في
 * كراكاس" is Caracas).  The end, or -1. */
int32_t evg_ent_fi_place_at(scan *st, int32_t i)
{
    const evg_doc *d = st->d;
    size_t n, n2;
    if (!evg_tok_is(d, (size_t)i, "في") && !evg_tok_is(d, (size_t)i, "وفي")) return -1;
    int32_t k = i + 1;
    span fm;
    if (!evg_ent_place_word_ok(st, i, k, 2) || evg_ent_fuzzy_match(st, k, &fm)) return -1; /* "في كراكاس" is Caracas */
    const char *s = evg_ent_tok_str(d, k, &n);
    if (evg_ent_count_letters(s, n) < 4 || (n > 4 && !memcmp(s, "ال", 4))) return -1;
    static const char *const talk[] = {"تصريح", "تصريحات", "تغريده", "مقابله", "موتمر", "مءتمر", "مؤتمر", "تدوينه",
                                       "منشور", "خطاب", "رساله", "حديث", "برنامج", "ظروف", "اطار", "سياق", "مجال"};
    int tail_w = !memcmp(s + n - 2, "و", 2) && memcmp(s + n - 4, "وا", 4) != 0;
    int tail_a = !memcmp(s + n - 2, "ا", 2) && memcmp(s + n - 4, "ها", 4) != 0 && memcmp(s + n - 4, "نا", 4) != 0 &&
                 !evg_ent_orig_ends_in(d, k, "\xD9\x89"); /* ى: مستشفى, مبنى are nouns */
    int state = (size_t)k + 1 < d->tokens.n && evg_ent_same_sent(d, k, k + 1) && evg_ent_place_cue(st, k + 1) &&
                !memcmp(evg_ent_tok_str(d, k + 1, &n2), "ب", 2) && !common_noun_shape(d, k, s, n); /* "في بتلر بولاية بنسلفانيا", not "في مستشفى بمدينة" */
    int plain = evg_ent_count_letters(s, n) >= 5 && memcmp(s + n - 2, "ه", 2) != 0 && memcmp(s + n - 4, "ات", 4) != 0 &&
                memcmp(s, "م", 2) != 0 && !evg_ent_bare_masdar_shape(s, n); /* مستودع, معسكر: nouns of place */
    for (size_t w = 0; plain && w < sizeof talk / sizeof *talk; w++)
        if (evg_tok_is(d, (size_t)k, talk[w])) plain = 0;
    if (!tail_w && !tail_a && !plain && !state) return -1;
    int closes = (size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || evg_ent_is_comma(d, k + 1) ||
                 evg_tok_is(d, (size_t)k + 1, ".") || state;
    if (!closes) return -1;
    int32_t ent = evg_ent_new_entity(st, k, k + 1, "GPE", "", "");
    if (ent < 0) return -1;
    evg_ent_add_mention(st, ent, k, k + 1, d->tokens.v[k].os, d->tokens.v[k].oe, EVG_MEN_NAME);
    return k + 1;
}
