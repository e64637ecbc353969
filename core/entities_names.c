/*
 * entities_names.c - actors: the shape of a person's name nobody listed.
 *
 * Owns the word tests of an unlisted name: may a word be a name word
 * (name_word_ok: no verb, no pronoun-suffixed or construct noun, no stop
 * word), particles (bin, al, de, آل), nisba and family surnames, compound
 * given names (عبد ال...), and where the name ends (name_step,
 * unknown_name: not on a place noun, a verbal noun behind ل / ب or a
 * hollow imperfect), with the Latin name tails and short Latin names.
 * Reads tokens and keys (entities_key.c); the titles, appositions and
 * untitled-people rules decide what a found name becomes, and register its
 * words as local aliases (entities_mention.c).
 */
#include "entities_int.h"

/* Indefinite case endings (ـًا ـٌ ـٍ) mark common nouns and adjectives, not names. */
int evg_ent_has_tanwin(const evg_doc *d, const evg_token *t)
{
    for (int32_t p = t->os; p + 1 < t->oe; p++)
        if ((unsigned char)d->raw.p[p] == 0xD9 && (unsigned char)d->raw.p[p + 1] >= 0x8B &&
            (unsigned char)d->raw.p[p + 1] <= 0x8D)
            return 1;
    /* the marks after a word's last letter may lie outside its span ("رئيساً") */
    for (int32_t p = t->oe; (size_t)p + 1 < d->raw.n && (unsigned char)d->raw.p[p] == 0xD9; p += 2) {
        unsigned char c = (unsigned char)d->raw.p[p + 1];
        if (c >= 0x8B && c <= 0x8D) return 1;
        if (c < 0x8E || c > 0x92) break; /* no other harakat either */
    }
    return 0;
}

/* May token k be a word of a person's name nobody listed? */

/* "ودعت", "وأغلقت": و or ف and a past verb of the third person feminine
 * (three letters in ت, or four or five opening with ا): no name word. */
static int proclitic_past_verb(const char *s, size_t n)
{
    if (n < 8 || (memcmp(s, "و", 2) && memcmp(s, "ف", 2)) || memcmp(s + n - 2, "ت", 2)) return 0;
    size_t letters = evg_ent_count_letters(s + 2, n - 2);
    return letters == 3 || ((letters == 4 || letters == 5) && !memcmp(s + 2, "ا", 2));
}

/* A stop verb with a dual or plural subject suffix ("أعلنا", "أكدوا": the
 * verb after two conjoined names) or a word with the dual object pronoun
 * ("رفضهما"): no name word.  The stem keeps three letters or more. */
static int inflected_stop_word(const scan *st, const char *s, size_t n)
{
    if (n >= 10 && !memcmp(s + n - 6, "هما", 6)) return 1;
    if (n >= 8 && !memcmp(s + n - 2, "ا", 2)) {
        size_t cut = n >= 10 && !memcmp(s + n - 4, "وا", 4) ? 4 : 2;
        /* a stem of three letters folds onto particles (بأن -> بان): only the commonest verbs */
        static const char *const short_verbs[] = {"قال", "اكد", "شدد", "رفض", "دعا"};
        size_t letters = evg_ent_count_letters(s, n - cut);
        int short_ok = 0;
        for (size_t v = 0; v < sizeof short_verbs / sizeof *short_verbs && letters == 3; v++)
            short_ok |= strlen(short_verbs[v]) == n - cut && !memcmp(short_verbs[v], s, n - cut);
        if ((letters >= 4 || short_ok) && evg_ent_is_stop(st, s, n - cut)) return 1;
    }
    return 0;
}

/* A past verb of the tenth form, استفعل (استقال، استقبل، استنكر), also behind
 * و or ف: است and a root of three letters is no name word. */
static int form_ten_verb(const char *s, size_t n)
{
    if (n >= 14 && (!memcmp(s, "و", 2) || !memcmp(s, "ف", 2))) s += 2, n -= 2;
    return evg_ent_count_letters(s, n) == 6 && !memcmp(s, "است", 6);
}

int evg_ent_name_word_ok(const scan *st, int32_t k, int latin)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (t->kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    span m;
    if (latin) /* speed: the word tests before the gazetteer's (all must pass) */
        return t->script == EVG_SCRIPT_LATN && (t->flags & EVG_TOKF_CAP) &&
               !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) && !evg_ent_is_stop_tok(st, k);
    if (t->script != EVG_SCRIPT_ARAB || evg_ent_count_letters(s, n) < 2 || evg_ent_has_tanwin(st->d, t)) return 0;
    if (n >= 4 && (!memcmp(s, "ال", 4) || !memcmp(s, "لل", 4))) return 0; /* الوفد, للنازحين */
    if (proclitic_past_verb(s, n) || form_ten_verb(s, n)) return 0;
    int gskip;
    if (inflected_stop_word(st, s, n) && !(evg_ent_given_name(st, k, &gskip) && !gskip)) return 0;
    if (n >= 12 && (!memcmp(s, "بال", 6) || !memcmp(s, "كال", 6))) return 0; /* بالاتفاق */
    if (evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m) || evg_ent_is_stop_tok(st, k)) return 0;
    return !evg_ent_place_cue(st, k) && evg_gaz_smap_get(&st->g->orgheads, s, n) < 3; /* مخيم, هيئة */
}

/* A particle inside a name: Latin bin, al, de, van ... in lower case, or
 * the Arabic family word آل (a token of its own, folded "ال"). */
int evg_ent_name_particle(const scan *st, int32_t k, int latin)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    static const char *const lat[] = {"bin", "bint", "ibn", "al", "el", "abu", "de", "da", "di", "du",
                                      "van", "von", "der", "den", "la", "le"};
    /* "سامي أبو زهري"; ولد: Mauritanian "son of" */
    static const char *const ar[] = {"ال", "بن", "ابن", "بنت", "ابو", "ولد"};
    const evg_token *t = &st->d->tokens.v[k];
    if (t->kind != EVG_TOK_WORD) return 0;
    if (!latin) return evg_tok_in_static(st->d, (size_t)k, ar, sizeof ar / sizeof *ar, EVG_WS_PLAIN);
    return evg_tok_in_static(st->d, (size_t)k, lat, sizeof lat / sizeof *lat, EVG_WS_PLAIN);
}

/* An Arabic family name in ال ending in ي (المعلاوي, الحوثي) may close a name. */
int evg_ent_nisba_surname(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    span m;
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k]) return 0;
    if (n < 10 || memcmp(s, "ال", 4) != 0 || memcmp(s + n - 2, "ي", 2) != 0) return 0;
    return !evg_ent_is_stop_tok(st, k) && !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m);
}

/* Is letter i of the two-byte Arabic letters r the letter c? */
static int letter_is(const char *r, int i, const char *c)
{
    return !memcmp(r + 2 * i, c, 2);
}

/* Has the definite word s[0..n) the shape of a verbal noun of a derived
 * verb form: الاتفاق, الاجتماع (افتعال), الانسحاب (انفعال), الاستقلال
 * (استفعال), التصعيد (تفعيل), التعاون (تفاعل), الإعلان (إفعال), or of a
 * feminine plural (المفاوضات)?  News copy writes these as the object
 * after a name ("انتقد ... محمد عبد السلام الاتفاق،"); family names do not
 * take these shapes. */
static int verbal_noun_shape(const char *r, int L);

static int masdar_shape(const char *s, size_t n)
{
    const char *r = s + 4;
    if (n < 10 || n % 2 || memcmp(s, "ال", 4) != 0) return 0;
    for (size_t b = 4; b < n; b += 2)
        if ((unsigned char)s[b] != 0xD8 && (unsigned char)s[b] != 0xD9) return 0;
    int L = (int)(n - 4) / 2;
    if (L >= 4 && letter_is(r, L - 2, "ا") && letter_is(r, L - 1, "ت")) return 1;
    return verbal_noun_shape(r, L);
}

/* The same shapes without the article and the plural ("إرسال قوات" after
 * a name of three words is the object, not a fourth name word). */
int evg_ent_bare_masdar_shape(const char *s, size_t n)
{
    if (n < 10 || n % 2) return 0;
    for (size_t b = 0; b < n; b += 2)
        if ((unsigned char)s[b] != 0xD8 && (unsigned char)s[b] != 0xD9) return 0;
    return verbal_noun_shape(s, (int)n / 2);
}

/* The letters r[0..L) of a verbal noun of forms IV, V/VI, VII, VIII, X. */
static int verbal_noun_shape(const char *r, int L)
{
    if (L == 6 && letter_is(r, 0, "ا") && letter_is(r, 2, "ت") && letter_is(r, 4, "ا")) return 1;
    if (L == 5 && letter_is(r, 0, "ا") && letter_is(r, 1, "ت") && letter_is(r, 3, "ا")) return 1;
    if (L == 6 && letter_is(r, 0, "ا") && letter_is(r, 1, "ن") && letter_is(r, 4, "ا")) return 1;
    if (L == 7 && letter_is(r, 0, "ا") && letter_is(r, 1, "س") && letter_is(r, 2, "ت") && letter_is(r, 5, "ا"))
        return 1;
    if (L == 5 && letter_is(r, 0, "ت") && (letter_is(r, 3, "ي") || letter_is(r, 2, "ا"))) return 1;
    return L == 5 && letter_is(r, 0, "ا") && letter_is(r, 3, "ا");
}

/* A definite Arabic word that may be a family name (الفارس, الشيخ after
 * ولد): three letters or more after the article, naming nothing listed,
 * no organisation head, place noun or stop word. */
int evg_ent_family_word(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || evg_ent_has_tanwin(st->d, t)) return 0;
    if (n < 10 || memcmp(s, "ال", 4) != 0 || !evg_ent_plain_definite(st, k, k) || masdar_shape(s, n)) return 0;
    return evg_gaz_smap_get(&st->g->orgheads, s + 4, n - 4) < 3 && !evg_ent_place_cue(st, k);
}

/* A family name in ال that is no nisba closing a name (خالد الفارس): a
 * family word right before a comma, a complementiser or a relative that
 * open what the person said or is ("قال خالد الفارس إن", "خالد الفارس،
 * الذي ...").  Elsewhere a definite word after a name is as often the
 * object of the verb ("التقى المدير ماكرو الوفد"). */
int evg_ent_family_name(const scan *st, int32_t k)
{
    static const char *const after[] = {"ان", "انه", "انها", "الذي", "التي", "وهو", "وهي", "("};
    const evg_doc *d = st->d;
    if (!evg_ent_family_word(st, k) || !evg_ent_same_sent(d, k, k + 1)) return 0;
    if (evg_ent_is_comma(d, k + 1)) return 1;
    for (size_t a = 0; a < sizeof after / sizeof *after; a++)
        if (evg_tok_is(d, (size_t)k + 1, after[a])) return 1;
    return 0;
}

/* The lower-case syllable after a hyphen in a Latin name (Ching-te, Jong-un). */
int evg_ent_latin_name_tail(const scan *st, int32_t k)
{
    if (k < 0 || (size_t)k >= st->d->tokens.n) return 0; /* callers may look one past the end */
    const evg_token *t = &st->d->tokens.v[k];
    size_t n;
    evg_ent_tok_str(st->d, k, &n);
    return t->kind == EVG_TOK_WORD && t->script == EVG_SCRIPT_LATN && !(t->flags & EVG_TOKF_SPACE_BEFORE) &&
           !st->in_timex[k] && n >= 2 && n <= 6 && !evg_ent_is_stop_tok(st, k);
}

/* The first words of the compound given names of religious_compound: a noun
 * before الدين or الإسلام (din), before الله (allah). */
static const char *const din[] = {"عز", "نور", "صلاح", "شمس", "محي", "محيي", "علاء", "بدر", "سيف", "جمال",
                                  "كمال", "عماد", "زين", "نصر", "بهاء", "تاج", "فخر", "سعد", "ضياء", "حسام",
                                  "شرف", "خير", "نجم", "عصام", "ناصر", "سراج", "قطب", "معز", "مجد"};
static const char *const allah[] = {"نصر", "فضل", "عطا", "جاد", "خير", "حسب", "فتح", "ضيف", "عوض", "رزق",
                                    "جار", "حرز", "نعمه", "هبه"};

/* A given name made of a noun and الدين, الإسلام or الله (عز الدين, نور الدين,
 * سيف الإسلام, نصر الله, فضل الله): its two words count as one. */
static int religious_compound(const evg_doc *d, int32_t k)
{
    int god = evg_tok_is(d, (size_t)k + 1, "الله");
    if (!god && !evg_tok_is(d, (size_t)k + 1, "الدين") && !evg_tok_is(d, (size_t)k + 1, "الاسلام")) return 0;
    const char *const *w = god ? allah : din;
    size_t n = god ? sizeof allah / sizeof *allah : sizeof din / sizeof *din;
    for (size_t i = 0; i < n; i++)
        if (evg_tok_is(d, (size_t)k, w[i])) return 1;
    return 0;
}

/* "عبد الله", "أبو بكر": an Arabic name word that takes a definite word
 * after it as one name (عبد) or a given name (أبو); 2 when token k starts
 * such a pair. */
int evg_ent_compound_name(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    if (religious_compound(d, k)) return 2;
    if (!evg_tok_is(d, (size_t)k, "عبد") && !evg_tok_is(d, (size_t)k, "ابو")) return 0; /* speed: cheap test first */
    size_t n;
    const char *s = evg_ent_tok_str(d, k + 1, &n);
    span m;
    if (d->tokens.v[k + 1].kind != EVG_TOK_WORD || st->in_timex[k + 1] || evg_ent_is_stop_tok(st, k + 1) ||
        evg_ent_match_at(st, k + 1, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE, &m))
        return 0;
    if (evg_tok_is(d, (size_t)k, "عبد")) return n >= 8 && !memcmp(s, "ال", 4) ? 2 : 0;
    if (evg_tok_is(d, (size_t)k, "ابو")) return evg_gaz_smap_get(&st->g->given, s, n) > 0 ? 2 : 0;
    return 0;
}

int evg_ent_compound_may_open(const evg_doc *d, int32_t k)
{
    if (evg_tok_is(d, (size_t)k, "عبد") || evg_tok_is(d, (size_t)k, "ابو")) return 1;
    for (size_t i = 0; i < sizeof din / sizeof *din; i++)
        if (evg_tok_is(d, (size_t)k, din[i])) return 1;
    for (size_t i = 0; i < sizeof allah / sizeof *allah; i++)
        if (evg_tok_is(d, (size_t)k, allah[i])) return 1;
    return 0;
}

/* A Persian family name in -zadeh "son of" (عبد الله زاده, حسن زاده): its
 * final ه is no pronoun. */
int evg_ent_persian_zadeh(const char *s, size_t n)
{
    return n >= 8 && !memcmp(s + n - 8, "زاده", 8);
}

/* An Arabic noun with the pronoun ه (قوله "his saying", تصريحها): four
 * letters or more, written with ه and no common given name. */
static int pronoun_noun(const scan *st, int32_t k)
{
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    return evg_ent_count_letters(s, n) >= 4 && evg_ent_orig_ends_in(st->d, k, "\xD9\x87") && evg_gaz_smap_get(&st->g->given, s, n) <= 0 &&
           !evg_ent_persian_zadeh(s, n);
}

/* Is Arabic token k a noun in the construct plural behind the preposition
 * ب or ل, "بمفاوضي", "لممثلي", "بمسؤولي" (ب or ل, a participle in م and
 * the ending ي; six letters or more)?  Such a word is the object after a
 * name, never a name word. */
int evg_ent_prep_construct_plural(const scan *st, int32_t k)
{
    size_t n;
    if (k < 0 || (size_t)k >= st->d->tokens.n || st->d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (n < 4 || evg_ent_count_letters(s, n) < 6 || (memcmp(s, "ب", 2) && memcmp(s, "ل", 2)) || memcmp(s + 2, "م", 2)) return 0;
    return evg_ent_orig_ends_in(st->d, k, "\xD9\x8A") && evg_gaz_smap_get(&st->g->given, s, n) <= 0;
}

/* Tokens [j, *end) of an unlisted name (two to five words, hyphens and
 * particles inside, an Arabic nisba surname last; عبد الله counts as one). */
/* One step of an unlisted name at token k that is not a plain name word: a
 * hyphen or a particle inside the name, a lower-case syllable (Ching-te), a
 * compound (عبد الله) or a definite given name before ولد.  The tokens it
 * takes (0: none applies), in *w the words it adds and in *closes 1 when
 * the name may end after it. */
int evg_ent_name_step(const scan *st, int32_t j, int32_t k, int latin, int words, int *w, int *closes)
{
    const evg_doc *d = st->d;
    int glued = evg_ent_is_joiner(d, k) && !(d->tokens.v[k].flags & EVG_TOKF_SPACE_BEFORE);
    *w = *closes = 0;
    if (words && glued && evg_ent_name_word_ok(st, k + 1, latin)) return 1;
    if (words && latin && glued && evg_ent_same_sent(d, j, k + 1) && evg_ent_latin_name_tail(st, k + 1))
        return *closes = 1, 2; /* "Lai Ching-te": the syllable adds no word */
    int particle = words && evg_ent_name_particle(st, k, latin) && evg_ent_same_sent(d, j, k + 1);
    if (particle && evg_ent_name_word_ok(st, k + 1, latin)) return 1;
    if (particle && latin && evg_ent_same_sent(d, j, k + 2) && evg_ent_name_particle(st, k + 1, 1) && evg_ent_name_word_ok(st, k + 2, 1))
        return 2; /* "Humberto de la Calle", "Jan van der Berg": two particles */
    if (particle && !latin && evg_ent_family_word(st, k + 1)) return *w = *closes = 1, 2; /* "ولد الشيخ" */
    if (particle && latin && evg_ent_same_sent(d, j, k + 2) && evg_ent_is_joiner(d, k + 1) &&
        !(d->tokens.v[k + 1].flags & EVG_TOKF_SPACE_BEFORE) && evg_ent_name_word_ok(st, k + 2, latin))
        return 2; /* "al-Ali", "bin-Salem" */
    if (!latin && evg_ent_compound_name(st, k)) return *w = *closes = 1, 2;
    if (!latin && !words && evg_ent_family_word(st, k) && evg_ent_name_particle(st, k + 1, 0) && evg_ent_same_sent(d, j, k + 2) &&
        (evg_ent_name_word_ok(st, k + 2, 0) || evg_ent_family_word(st, k + 2)))
        return *w = *closes = 1, 1; /* "المختار ولد اجاي": a definite given name before ولد */
    return 0;
}

/* The word tokens of [a, b): a name's length without its hyphens
 * ("Alaa Abd el-Fattah" is four words). */
int evg_ent_word_count(const evg_doc *d, int32_t a, int32_t b)
{
    int n = 0;
    for (int32_t k = a; k < b; k++)
        n += d->tokens.v[k].kind == EVG_TOK_WORD;
    return n;
}

/* Is Arabic token k a word of three letters or more behind the
 * conjunction و (a bare و or a short word like وا is no such word)? */
static int waw_word(const scan *st, int32_t k)
{
    size_t n;
    if ((size_t)k >= st->d->tokens.n || st->d->tokens.v[k].kind != EVG_TOK_WORD ||
        st->d->tokens.v[k].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    return n >= 8 && !memcmp(s, "و", 2);
}

/* Is Arabic token k a word behind the conjunction و that is no given name
 * of its own (وليد, وائل are)?  After two words of a name nobody listed it
 * opens the next conjunct when a definite word, a listed name or a title
 * follows it ("المبعوث ... دانيال كورتس وممثل الحركة", "ومساعد وزير
 * الخارجية"), not a third name word ("مختار محمد واري وأغلقت" keeps its
 * family name).  In a list of names it opens the next one too: when the
 * word after و is itself a listed given name and a plain word follows
 * ("سامي كوتا ومحمد رشيد"), or when the word after the next is again behind
 * و ("أ ب وج د وهـ و": three names of two words each). */
static int conjoined_word(const scan *st, int32_t k)
{
    size_t n;
    int skip;
    if (!waw_word(st, k)) return 0;
    int given = evg_ent_given_name(st, k, &skip);
    if (given && !skip) return 0;
    if ((size_t)k + 1 >= st->d->tokens.n || !evg_ent_same_sent(st->d, k, k + 1)) return 0;
    span m;
    const char *w = evg_ent_tok_str(st->d, k + 1, &n);
    if ((n > 4 && !memcmp(w, "ال", 4)) || evg_ent_match_at(st, k + 1, GAZ_NAME | GAZ_TITLE, &m)) return 1;
    if (st->d->tokens.v[k + 1].kind != EVG_TOK_WORD || waw_word(st, k + 1)) return 0;
    if (given) return 1; /* "ومحمد رشيد" */
    return (size_t)k + 3 < st->d->tokens.n && evg_ent_same_sent(st->d, k, k + 3) && waw_word(st, k + 2) &&
           st->d->tokens.v[k + 3].kind == EVG_TOK_WORD;
}

/* Is Arabic token k, after two words of a name nobody listed, rather the
 * verb's object in construct with the definite word after it ("ماريك
 * فيدلر قرار الحكومة", "باكاري دومبيا حل البرلمان", "سارينن تطورات
 * الأزمة")?  Its shape says so when it is no given name and is a plural in
 * ات, a word of two or three letters with no vowel letter (حل، طلب، دعم), or
 * the pattern فعال (قرار، حصار), which foreign names, written with their
 * vowels, seldom take.  So is a word in ا before an indefinite nisba in يا
 * (the accusative "وفدا عسكريا"). */
static int object_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n = 0, n2 = 0;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB ||
        d->tokens.v[k].kind != EVG_TOK_WORD || d->tokens.v[k + 1].script != EVG_SCRIPT_ARAB)
        return 0;
    const char *s = evg_ent_tok_str(d, k, &n), *w = evg_ent_tok_str(d, k + 1, &n2);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || n % 2 || n2 % 2) return 0;
    int len = (int)n / 2, vowel = 0, len2 = (int)n2 / 2;
    if (len >= 3 && len2 >= 4 && letter_is(s, len - 1, "ا") && memcmp(w, "ال", 4) != 0 && letter_is(w, len2 - 2, "ي") &&
        letter_is(w, len2 - 1, "ا"))
        return 1; /* "هانو بيفكور وفدا عسكريا": an accusative noun and its nisba */
    if (n2 <= 6 || memcmp(w, "ال", 4) != 0) return 0;
    for (int i = 1; i < len; i++)
        vowel |= letter_is(s, i, "ا") || letter_is(s, i, "و") || letter_is(s, i, "ي");
    if (len >= 5 && letter_is(s, len - 2, "ا") && letter_is(s, len - 1, "ت")) return 1; /* تطورات */
    if (len <= 3 && !vowel) return 1;                                                 /* حل، طلب */
    return len == 4 && letter_is(s, 2, "ا") && !letter_is(s, 1, "ا") && !letter_is(s, 3, "ا") &&
           !letter_is(s, 1, "و") && !letter_is(s, 1, "ي") && !letter_is(s, 3, "و") && !letter_is(s, 3, "ي"); /* قرار */
}

/* Is token k one word naming a city or town of the gazetteer (no country,
 * no region), capitalised when Latin?  After a first name it is a family
 * name: "Jorge Lima", "برناردينو ليون" (the city Lyon), not the place. */
static int city_surname(const scan *st, int32_t k, int latin)
{
    span m;
    const evg_doc *d = st->d;
    if (k < 0 || (size_t)k >= d->tokens.n || d->tokens.v[k].kind != EVG_TOK_WORD || st->in_timex[k]) return 0;
    if (latin != (d->tokens.v[k].script == EVG_SCRIPT_LATN) || (latin && !(d->tokens.v[k].flags & EVG_TOKF_CAP)))
        return 0;
    if (!evg_ent_match_at(st, k, GAZ_NAME, &m) || m.end != k + 1 || m.os != d->tokens.v[k].os) return 0;
    const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
    return !e->is_country && !strcmp(e->type, "GPE") && !evg_ent_is_stop_tok(st, k);
}

/* Is the first word j of a name followed by a city as its family name (see
 * city_surname)?  Token j must be a listed given name (no proclitic), or
 * any name word when a title stands before it (titled). */
static int place_noun(const scan *st, int32_t k);
static int prep_verbal_noun(const scan *st, int32_t k);

int evg_ent_given_city_pair(const scan *st, int32_t j, int latin, int titled)
{
    int skip = 0;
    if (!latin && (place_noun(st, j) || prep_verbal_noun(st, j))) return 0; /* "قضاء سنجار" after a title */
    const evg_doc *d = st->d;
    if ((size_t)j + 1 >= d->tokens.n || !evg_ent_same_sent(d, j, j + 1) || !city_surname(st, j + 1, latin)) return 0;
    if (latin && (d->tokens.v[j + 1].flags & EVG_TOKF_SPACE_BEFORE) == 0) return 0;
    if (!evg_ent_name_word_ok(st, j, latin)) return 0;
    if (evg_ent_given_name(st, j, &skip) && !skip) return 1;
    if (!titled) return 0;
    if (latin) return 1;
    /* an Arabic word after a title: no verb (سيزور باماكو), no noun in ة (أساقفة جوبا) */
    size_t n;
    const char *s = evg_ent_tok_str(d, j, &n);
    if (n == 10 && (!memcmp(s, "سي", 4) || !memcmp(s, "ست", 4) || !memcmp(s, "سن", 4)) &&
        (letter_is(s, 3, "و") || letter_is(s, 3, "ي")))
        return 0; /* the future of a hollow verb: سيزور، سيعود (a listed name like سيمون passed above) */
    return !evg_ar_verb_shape(s, n, EVG_VS_INFLECTED) && !evg_ent_orig_ends_in(d, j, "\xD8\xA9") && !pronoun_noun(st, j);
}

/* Is Arabic token k, after two words of a name, a noun in ة in construct
 * with the definite word after it ("... رئاسة الحكومة", "... قيادة
 * الوفد")?  It is the verb's object; a name in ة (حمزة، أسامة) is a listed
 * given name and stays. */
static int construct_noun(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (d->tokens.v[k].script != EVG_SCRIPT_ARAB || !evg_ent_orig_ends_in(d, k, "\xD8\xA9")) return 0;
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || (size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1)) return 0;
    const char *w = evg_ent_tok_str(d, k + 1, &n);
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && n >= 10 && !memcmp(w, "ال", 4) && !st->in_timex[k + 1];
}

/* Is Arabic token k, no listed given name, followed in its sentence by a
 * definite word (the genitive of a construct: "إغلاق المدارس")? */
static int construct_head(const scan *st, int32_t k)
{
    const evg_doc *d = st->d;
    size_t n;
    const char *s = evg_ent_tok_str(d, k, &n);
    if (evg_gaz_smap_get(&st->g->given, s, n) > 0 || (size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1)) return 0;
    const char *w = evg_ent_tok_str(d, k + 1, &n);
    return d->tokens.v[k + 1].kind == EVG_TOK_WORD && n >= 10 && !memcmp(w, "ال", 4) && !st->in_timex[k + 1];
}

/* "محمد سلطان", "أحمد الأمير", "علي الملك": a ruler's one-word title right
 * after a listed given name, with no name word after it, is a family name
 * (a title comes before the name it qualifies: "الأمير فيصل"). */
static int ruler_surname(const scan *st, int32_t k)
{
    static const char *const offices[] = {"king", "emir", "sultan"};
    span m;
    int skip;
    if (k < 1 || !evg_ent_same_sent(st->d, k - 1, k) || !evg_ent_given_name(st, k - 1, &skip) || skip) return 0;
    if (!evg_ent_match_at(st, k, GAZ_TITLE, &m) || m.end != k + 1 || m.os != st->d->tokens.v[k].os) return 0;
    const char *office = st->g->titles.v[st->g->keys.v[m.key].target].office;
    size_t o = 0;
    while (o < sizeof offices / sizeof *offices && strcmp(office, offices[o]) != 0) o++;
    return o < sizeof offices / sizeof *offices && !evg_ent_name_word_ok(st, k + 1, 0);
}

/* A common noun of place or administration that a title may stand before
 * ("زار رئيس الوزراء قضاء سنجار", "مراكز الاقتراع", "مقر الحكومة"): it
 * opens no name. */
static int place_noun(const scan *st, int32_t k)
{
    static const char *const w[] = {"قضاء", "مركز", "مراكز", "مقر", "مقار", "داءره", "مديريه", "مستشفي", "مستشفيات",
                                    "مدرسه", "مدارس", "مخيمات", "مناطق", "مدن", "قري", "بلدات", "مطار", "ميناء",
                                    "معبر", "سجن", "قاعده", "ثكنه", "موقع", "مواقع", "احياء", "حي"};
    size_t n;
    const char *s = evg_ent_bare_word(st, k, &n);
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (evg_key_eq(w[i], s, n)) return 1;
    return 0;
}

/* Arabic token k behind ل or ب with a verbal noun after it ("لتفقد",
 * "باستقبال", "لبحث"): a purpose or a manner, never a name word (a
 * listed given name behind ل, "لمحمد", is left to the caller). */
static int prep_verbal_noun(const scan *st, int32_t k)
{
    size_t n;
    int skip;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || n < 8 || (memcmp(s, "ل", 2) && memcmp(s, "ب", 2))) return 0;
    if (evg_ent_given_name(st, k, &skip)) return 0;
    s += 2, n -= 2;
    if (evg_ent_bare_masdar_shape(s, n)) return 1;
    /* the purpose ل on a listed stop noun of three letters or more: "لبحث" (to discuss) */
    if (!memcmp(st->d->raw.p + st->d->tokens.v[k].os, "ل", 2) && evg_ent_count_letters(s, n) >= 3 &&
        evg_ent_is_stop(st, s, n))
        return 1;
    /* form V and II verbal nouns of four letters: تفقد، تقدم (ت and three root letters) */
    return evg_ent_count_letters(s, n) == 4 && !memcmp(s, "ت", 2) && !memcmp(st->d->raw.p + st->d->tokens.v[k].os, "ل", 2);
}

/* Is Arabic token k an imperfect verb of a hollow or hamzated root, as
 * written: ي, a root letter, then و / ي / أ / ؤ, then a root letter ("يدير",
 * "يقود", "يرأس"), or ي and ؤ ("يؤكد")?  The rule of three consonants
 * (evg_ar_verb_shape) misses these; a listed given name (يزيد) is
 * no verb. */
static int hollow_imperfect(const scan *st, int32_t k)
{
    const evg_token *t = &st->d->tokens.v[k];
    const char *r = st->d->raw.p + t->os;
    int skip;
    if (t->script != EVG_SCRIPT_ARAB || t->oe - t->os != 8 || memcmp(r, "ي", 2) != 0 || evg_ent_given_name(st, k, &skip))
        return 0;
    for (int b = 2; b < 8; b += 2)
        if ((unsigned char)r[b] != 0xD8 && (unsigned char)r[b] != 0xD9) return 0; /* letters only, no diacritics */
    if (!memcmp(r + 2, "ؤ", 2)) return 1;
    return !memcmp(r + 4, "و", 2) || !memcmp(r + 4, "ي", 2) || !memcmp(r + 4, "أ", 2) || !memcmp(r + 4, "ؤ", 2);
}

/* Are the n bytes at r Arabic letters with no diacritic, none of them a
 * long vowel, ى, ة or آ: bare root consonants (سجل، وصف، أكد)? */
static int bare_root_letters(const char *r, size_t n)
{
    static const char *const soft[] = {"ا", "و", "ي", "ى", "ة", "آ"};
    for (size_t b = 0; b < n; b += 2) {
        if ((unsigned char)r[b] != 0xD8 && (unsigned char)r[b] != 0xD9) return 0;
        for (size_t v = 0; v < sizeof soft / sizeof *soft; v++)
            if (!memcmp(r + b, soft[v], 2)) return 0;
    }
    return n > 0;
}

/* Is Arabic token k, as written, a word that opens the clause after a name
 * rather than going on with it: the past of three bare root letters with
 * the feminine ت ("سجلت", "رفضت"), ف with a past of three root letters
 * ("فوصف", "فأكد"), و or ف with an imperfect in ي or ت of three bare root
 * letters ("ويبلغ", "وتطلب"), or ل before a noun in ة ("لصحيفة",
 * "لإذاعة")?  Given names of the shape فعلت (رفعت، مدحت) and
 * listed given names stay name words. */
static int clause_word_after_name(const scan *st, int32_t k)
{
    static const char *const fa3lat[] = {"رفعت", "طلعت", "عصمت", "مدحت", "نصرت", "بهجت", "حشمت", "حكمت", "رأفت",
                                         "نشأت", "مرفت", "نعمت"};
    const evg_token *t = &st->d->tokens.v[k];
    const char *r = st->d->raw.p + t->os;
    size_t n = (size_t)(t->oe - t->os), gn;
    int skip;
    if (t->script != EVG_SCRIPT_ARAB || t->kind != EVG_TOK_WORD || n < 8) return 0;
    if (evg_ent_given_name(st, k, &skip) && !skip) return 0;
    const char *g = evg_ent_tok_str(st->d, k, &gn);
    if (evg_gaz_smap_get(&st->g->given, g, gn) > 0) return 0;
    if (n == 8 && !memcmp(r + 6, "ت", 2) && bare_root_letters(r, 6)) {
        for (size_t e = 0; e < sizeof fa3lat / sizeof *fa3lat; e++)
            if (!memcmp(r, fa3lat[e], 8)) return 0;
        return 1;
    }
    if (n == 8 && !memcmp(r, "ف", 2) && (bare_root_letters(r + 2, 6) || (!memcmp(r + 2, "و", 2) && bare_root_letters(r + 4, 4))))
        return 1; /* فأكد, فوصف (a first root letter و: وصف، وعد) */
    if (n == 10 && (!memcmp(r, "و", 2) || !memcmp(r, "ف", 2)) && (!memcmp(r + 2, "ي", 2) || !memcmp(r + 2, "ت", 2)) &&
        bare_root_letters(r + 4, 6))
        return 1;
    return n <= 16 && !memcmp(r, "ل", 2) && !memcmp(r + n - 2, "ة", 2) && bare_root_letters(r + 2, 2);
}

int evg_ent_unknown_name(const scan *st, int32_t j, int32_t *end)
{
    const evg_doc *d = st->d;
    if ((size_t)j >= d->tokens.n) return 0;
    int latin = d->tokens.v[j].script == EVG_SCRIPT_LATN, words = 0, w, closes, step;
    int32_t k = j;
    size_t n;
    const char *s = evg_ent_tok_str(d, j, &n);
    if (!latin && evg_ent_orig_ends_in(d, j, "\xD8\xA9") && evg_gaz_smap_get(&st->g->given, s, n) <= 0)
        return 0; /* a noun in ة opens no name: "رئيس حكومة تصريف الأعمال" */
    if (!latin && (place_noun(st, j) || prep_verbal_noun(st, j))) return 0; /* "قضاء خانقين", "لتفقد مراكز" */
    if (!latin && (evg_tok_is(d, (size_t)j, "احد") || evg_tok_is(d, (size_t)j, "احدي")))
        return 0; /* "أحد فنادق المدينة", "إحدى الدول": "one of", a quantifier, no given name */
    while ((size_t)k < d->tokens.n && evg_ent_same_sent(d, j, k) && words < 5) {
        if (!latin && words >= 2 && pronoun_noun(st, k)) break; /* "بهروز كمالوندي قوله" */
        if (!latin && words >= 2 && evg_ent_prep_construct_plural(st, k)) break; /* + "بممثلي الأحزاب" */
        if (!latin && words >= 3 && (s = evg_ent_tok_str(d, k, &n)) && evg_ent_bare_masdar_shape(s, n)) break; /* + "إرسال" */
        if (!latin && words == 2 && (s = evg_ent_tok_str(d, k, &n)) && evg_ent_bare_masdar_shape(s, n) && construct_head(st, k))
            break; /* "أندريه بوتشاروف إغلاق المدارس": a verbal noun in construct is the object */
        if (!latin && words >= 2 && conjoined_word(st, k)) break; /* "دانيال كورتس وممثل الحركة" */
        if (!latin && words >= 2 && prep_verbal_noun(st, k)) break; /* "ميشيل باشليت باستقبال" */
        if (!latin && words >= 1 && hollow_imperfect(st, k)) break; /* "كمال يدير", "عادل يؤكد" */
        if (!latin && words >= 2 && object_noun(st, k)) break; /* "ماريك فيدلر قرار الحكومة" */
        if (!latin && words >= 2 && construct_noun(st, k)) break; /* "كارين كارابيتيان رئاسة الحكومة" */
        if (!latin && words >= 2 && clause_word_after_name(st, k)) break; /* + "سجلت", "فوصف", "ويبلغ", "لصحيفة" */
        if (latin && words == 1 && k == j + 1 && evg_ent_given_city_pair(st, j, latin, 0)) {
            /* "Jorge Lima"; not Arabic, where a verb, its subject and a city
             * follow each other ("وغادر عمر دمشق"): there only after a title */
            words++;
            *end = ++k;
            continue;
        }
        if ((step = evg_ent_name_step(st, j, k, latin, words, &w, &closes)) > 0) {
            words += w;
            k += step;
            if (closes) *end = k;
            continue;
        }
        if (!evg_ent_name_word_ok(st, k, latin)) {
            if (words >= 1 && !latin && (evg_ent_nisba_surname(st, k) || evg_ent_family_name(st, k) || ruler_surname(st, k)))
                words++, *end = ++k;
            break;
        }
        words++;
        *end = ++k;
    }
    return words >= 2;
}

/* A capitalised Latin word of two letters that may stand for a person
 * alone (Xi, Li, Wu), not an English function word. */
int evg_ent_short_latin_name(const scan *st, int32_t k)
{
    static const char *const fw[] = {"an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it",
                                     "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "al", "el"};
    const evg_token *t = &st->d->tokens.v[k];
    if (t->script != EVG_SCRIPT_LATN || !(t->flags & EVG_TOKF_CAP) || t->fe - t->fs != 2) return 0;
    for (size_t i = 0; i < sizeof fw / sizeof *fw; i++)
        if (evg_tok_is(st->d, (size_t)k, fw[i])) return 0;
    return 1;
}
