/*
 * entities_orgname.c - English names of Arabic organisation names nobody
 * listed ("المحكمة الدستورية العليا" -> "Supreme Constitutional Court",
 * "الاتحاد الوطني للصحفيين" -> "National Union of Journalists", "حزب
 * العدالة والتنمية" -> "Justice and Development Party").
 *
 * The words come from data/gaz_orgwords.tsv (g->orgwords: folded word with
 * no article -> class and English): H a head noun (its English may carry
 * the preposition of its field after a bar: "Union|of"), A an adjective, N
 * a noun.  A demonym is an adjective with the country's English adjective
 * (given by the caller), and an indefinite word nobody listed right after
 * the head is the body's own name ("جمعية أطلس للتضامن"), spelt by
 * entities_latin.c.  Any other unknown word makes the name untranslatable
 * (the caller keeps the transliteration).
 *
 * Arabic order is head, adjectives and construct genitives, then a field
 * in ل; English puts the adjectives (in reverse order) and the genitives
 * before the head, a field of one noun too (المجلس الأعلى للأمن -> High
 * Security Council, جمعية أطلس للتضامن -> Atlas Solidarity Association), a
 * longer field after "for" (or the head's preposition):
 *   جمعية مرافئ لدعم المهاجرين -> Marafi Association for Support of Migrants.
 * A head with its own preposition takes its genitives after it when no
 * field follows: محكمة النقض -> Court of Cassation.
 * A word behind و continues the genitive or the field with "and".
 * A construct chain of two nouns or more after a head is read with "of"
 * (حركة مجتمع السلم -> Movement of Society of Peace, رابطة علماء المسلمين ->
 * League of Scholars of Muslims) unless its first noun is a verbal noun of
 * the table (class V: هيئة متابعة الانتخابات -> Elections Follow-up
 * Authority; class C keeps the Arabic order: Counter Terrorism).
 * Exports evg_ent_org_name_en and evg_ent_org_word_class.
 */
#include "entities_gaz.h"

#include <stdio.h>

enum { ORG_MAX = 10 };

typedef struct oword {
    char cls;          /* H A N, or P for a proper name */
    int field;         /* opens or continues the field (after ل) */
    int and_;          /* written behind و */
    int verbal;        /* a verbal noun: 1 (class V) its English follows its genitive
                          ("Elections Follow-up"), 2 (class C) precedes it ("Counter Terrorism") */
    char en[96];
} oword;

static const gaz_orgword *find_word(const struct evg_gazetteer *g, const char *s, size_t n)
{
    int v = n ? evg_gaz_smap_get(&g->orgwords, s, n) : -1;
    return v >= 0 ? &g->orgword.v[v] : NULL;
}

static int starts(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    return n > m && !memcmp(s, p, m);
}

/* Strip a field ل / لل, else an article ال, from *s; 1 for a field. */
static int strip_article(const char **s, size_t *n)
{
    if (starts(*s, *n, "لل")) return *s += 4, *n -= 4, 1;
    if (starts(*s, *n, "ال")) return *s += 4, *n -= 4, 0;
    if (starts(*s, *n, "ل") && *n >= 8) return *s += 2, *n -= 2, 1;
    return 0;
}

/* Folded word s[0..n) into w: the table word as written, without its
 * article or field ل, or behind و.  0 when nothing fits. */
static int read_word(const struct evg_gazetteer *g, const char *s, size_t n, oword *w)
{
    for (int conj = 0; conj < 2; conj++) {
        const char *b = s;
        size_t m = n;
        if (conj && !(starts(s, n, "و") && n >= 6)) break;
        if (conj) b += 2, m -= 2;
        int field = 0;
        const gaz_orgword *x = find_word(g, b, m);
        if (!x) {
            field = strip_article(&b, &m);
            x = find_word(g, b, m);
        }
        if (!x) continue;
        w->cls = strchr("VC", x->cls) ? 'N' : x->cls, w->verbal = x->cls == 'V' ? 1 : x->cls == 'C' ? 2 : 0, w->field = field, w->and_ = conj;
        snprintf(w->en, sizeof w->en, "%s", x->en);
        return 1;
    }
    return 0;
}

/* Two folded words as one table entry ("الخطوط الجوية" -> Airlines). */
static int read_pair(const struct evg_gazetteer *g, const char *a, size_t na, const char *b, size_t nb, oword *w)
{
    char key[128];
    int field = strip_article(&a, &na);
    if (starts(b, nb, "ال")) b += 4, nb -= 4;
    if (na + nb + 2 > sizeof key) return 0;
    memcpy(key, a, na);
    key[na] = ' ';
    memcpy(key + na + 1, b, nb);
    const gaz_orgword *x = find_word(g, key, na + 1 + nb);
    if (!x) return 0;
    w->cls = strchr("VC", x->cls) ? 'N' : x->cls, w->verbal = x->cls == 'V' ? 1 : x->cls == 'C' ? 2 : 0, w->field = field, w->and_ = 0;
    snprintf(w->en, sizeof w->en, "%s", x->en);
    return 1;
}

static void put(char *out, size_t cap, size_t *o, const char *s)
{
    int r = snprintf(out + *o, cap - *o, "%s%s", *o ? " " : "", s);
    if (r > 0 && (size_t)r < cap - *o) *o += (size_t)r;
}

/* Adjectives of words [a, b) in reverse, then their nouns in order (with
 * "and" where written): one English noun phrase. */
static void phrase(const oword *w, int a, int b, char *out, size_t cap, size_t *o)
{
    for (int i = b - 1; i >= a; i--)
        if (w[i].cls == 'A') put(out, cap, o, w[i].en);
    for (int i = a; i < b; i++) {
        if (w[i].cls == 'A') continue;
        if (w[i].and_ && i > a) put(out, cap, o, "and");
        put(out, cap, o, w[i].en);
    }
}

/* Is [a, b) a construct chain: two nouns or more, none behind و, no
 * adjective between them ("مجتمع السلم", "علماء المسلمين", "متابعة
 * الانتخابات")? */
static int is_chain(const oword *w, int a, int b)
{
    if (b - a < 2) return 0;
    for (int i = a; i < b; i++)
        if (w[i].cls != 'N' || w[i].and_) return 0;
    return 1;
}

/* A construct chain [a, b) in English.  A verbal noun first takes its
 * genitive before it (متابعة الانتخابات -> Elections Follow-up); other
 * nouns are read with "of" (علماء المسلمين -> Scholars of Muslims, the head
 * before them: League of Scholars of Muslims). */
static void chain(const oword *w, int a, int b, char *out, size_t cap, size_t *o)
{
    if (w[a].verbal) {
        if (w[a].verbal == 2) put(out, cap, o, w[a].en);
        for (int i = a + 1; i < b; i++) put(out, cap, o, w[i].en);
        if (w[a].verbal == 1) put(out, cap, o, w[a].en);
        return;
    }
    for (int i = a; i < b; i++) {
        if (i > a) put(out, cap, o, "of");
        put(out, cap, o, w[i].en);
    }
}

static int read_words(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end, int32_t os,
                      const char *const *adj, oword *w)
{
    int nw = 0;
    for (int32_t k = first; k < end && nw < ORG_MAX; k++) {
        const evg_token *t = &d->tokens.v[k];
        size_t n;
        const char *s = k == first ? evg_ent_tok_str_from(d, k, os, &n) : evg_tok_text(d, t, &n);
        oword *x = &w[nw];
        memset(x, 0, sizeof *x);
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB) return -1;
        if (adj && adj[k - first]) {
            x->cls = 'A';
            snprintf(x->en, sizeof x->en, "%s", adj[k - first]);
        } else if (k + 1 < end && read_pair(g, s, n, d->fold + d->tokens.v[k + 1].fs,
                                            (size_t)(d->tokens.v[k + 1].fe - d->tokens.v[k + 1].fs), x)) {
            k++;
        } else if (!read_word(g, s, n, x)) {
            if (nw == 0 || starts(s, n, "ال") || starts(s, n, "ل")) return -1;
            x->cls = 'P'; /* the body's own name: "جمعية أطلس" */
            evg_ent_latin_name(g, d, k, k + 1, t->os, NULL, x->en, sizeof x->en);
        }
        nw++;
    }
    return nw;
}

int evg_ent_org_name_en(const struct evg_gazetteer *g, const evg_doc *d, int32_t first, int32_t end, int32_t os,
                        const char *const *adj, char *out, size_t cap)
{
    oword w[ORG_MAX];
    int nw = end - first <= ORG_MAX ? read_words(g, d, first, end, os, adj, w) : -1, fld = 1;
    if (nw < 2 || w[0].cls != 'H' || cap < 2) return 0;
    while (fld < nw && !w[fld].field) fld++;
    if (fld == nw && strchr(w[0].en, '|')) /* "محكمة النقض" -> Court of Cassation, "غرفة التجارة" */
        for (fld = 1; fld < nw && w[fld].cls != 'N'; fld++) {}
    for (int i = 1; i < nw; i++)
        if (w[i].cls == 'H' || (w[i].cls == 'P' && i > 1 && w[i - 1].cls != 'P')) return 0;
    char head[96];
    const char *bar = strchr(w[0].en, '|');
    snprintf(head, sizeof head, "%.*s", bar ? (int)(bar - w[0].en) : (int)strlen(w[0].en), w[0].en);
    size_t o = 0;
    out[0] = '\0';
    for (int i = 1; i < fld; i++)
        if (w[i].cls == 'P') put(out, cap, &o, w[i].en);
    int np = 1;
    while (np < fld && w[np].cls == 'P') np++;
    if (!bar && is_chain(w, np, fld)) { /* حركة مجتمع السلم -> Movement of Society of Peace */
        if (w[np].verbal) chain(w, np, fld, out, cap, &o), put(out, cap, &o, head);
        else put(out, cap, &o, head), put(out, cap, &o, "of"), chain(w, np, fld, out, cap, &o);
        if (fld < nw) put(out, cap, &o, "for"), phrase(w, fld, nw, out, cap, &o);
        return 1;
    }
    if (bar && fld == 1 && is_chain(w, 1, nw)) { /* اتحاد علماء المسلمين -> Union of Scholars of Muslims */
        put(out, cap, &o, head), put(out, cap, &o, bar + 1), chain(w, 1, nw, out, cap, &o);
        return 1;
    }
    if (fld == nw - 1 && !bar && w[fld].cls == 'N') { /* "للأمن": High Security Council */
        phrase(w, np, fld, out, cap, &o);
        put(out, cap, &o, w[fld].en);
        put(out, cap, &o, head);
        return 1;
    }
    phrase(w, np, fld, out, cap, &o);
    put(out, cap, &o, head);
    if (fld < nw) {
        put(out, cap, &o, bar ? bar + 1 : "for");
        if (fld == nw - 2 && w[fld].cls == 'N' && w[fld + 1].cls == 'N' && !w[fld + 1].and_) {
            put(out, cap, &o, w[fld].en); /* "لدعم المهاجرين": for Support of Migrants */
            put(out, cap, &o, "of");
            put(out, cap, &o, w[fld + 1].en);
        } else phrase(w, fld, nw, out, cap, &o);
    }
    return 1;
}

int evg_ent_org_word_class(const struct evg_gazetteer *g, const char *s, size_t n)
{
    oword w;
    return read_word(g, s, n, &w) ? w.cls : 0;
}
