/*
 * wordshape.c - the shape of one folded Arabic word, asked by the entities
 * and events stages alike: does it look like a verb?
 *
 * Harakat are folded away, so a verb shows only by its letters: a tense
 * prefix or a person suffix around three root consonants (ناقشت, يناقش,
 * سيبحث, كتبوا), the past of a derived form (أشاد, اجتمع, انسحب,
 * استقبل), or an imperfect in ت- or ي- of four to six letters (تواصل,
 * يتابع).  Each caller names the shapes it accepts (EVG_VS_*): a name
 * matcher must not reject a foreign name for a long imperfect-like shape,
 * while a clause test may take one.
 *
 * Exports evg_ar_verb_shape and evg_ar_vowel_letter (internal.h).
 */
#include "internal.h"

#include <unicode/utf8.h>

/* Is code point c one of the Arabic letters that write a vowel (ا و ي ء ى)? */
int evg_ar_vowel_letter(int32_t c)
{
    return c == 0x0627 || c == 0x0648 || c == 0x064A || c == 0x0621 || c == 0x0649;
}

/* Code points of UTF-8 s[0..n) into out (at most cap); their number. */
static int decode(const char *s, size_t n, UChar32 *out, int cap)
{
    int m = 0;
    for (size_t i = 0; i < n && m < cap;) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        out[m++] = c;
    }
    return m;
}

/* An affix of an inflected verb as code points (speed: not decoded from
 * UTF-8 at every call); m 0 is the empty affix. */
typedef struct affix { UChar32 c[2]; int m; } affix;

/* Length of affix a when word w[0..n) starts (end = 0) or ends (end = 1)
 * with it and keeps something else; 0 otherwise. */
static int has_affix(const UChar32 *w, int n, const affix *a, int end)
{
    int m = a->m;
    if (m >= n) return 0;
    for (int k = 0; k < m; k++)
        if (w[end ? n - m + k : k] != a->c[k]) return 0;
    return m;
}

/* EVG_VS_INFLECTED: a tense prefix (ي ن سي ست سن) or a person suffix (ت وا
 * تم نا ها هم) around a stem of three root consonants with at most one long
 * vowel, four letters at most (ناقشت, يناقش, سيبحث, كتبوا).  Foreign names
 * seldom have that shape. */
static int inflected(const UChar32 *w, int m)
{
    static const affix pre[] = {{{0}, 0}, {{0x633, 0x64A}, 2}, {{0x633, 0x62A}, 2}, {{0x633, 0x646}, 2},
                                {{0x64A}, 1}, {{0x646}, 1}};              /* "" سي ست سن ي ن */
    static const affix suf[] = {{{0}, 0}, {{0x648, 0x627}, 2}, {{0x62A, 0x645}, 2}, {{0x646, 0x627}, 2},
                                {{0x647, 0x627}, 2}, {{0x647, 0x645}, 2}, {{0x62A}, 1}}; /* "" وا تم نا ها هم ت */
    for (size_t p = 0; p < sizeof pre / sizeof *pre; p++) {
        int a = pre[p].m ? has_affix(w, m, &pre[p], 0) : 0;
        for (size_t q = (p == 0); (a || p == 0) && q < sizeof suf / sizeof *suf; q++) {
            int b = suf[q].m ? has_affix(w + a, m - a, &suf[q], 1) : 0, cons = 0;
            if ((suf[q].m && !b) || m - a - b < 3 || m - a - b > 4) continue;
            for (int k = a; k < m - b; k++) cons += !evg_ar_vowel_letter(w[k]);
            if (cons == 3) return 1;
        }
    }
    return 0;
}

/* EVG_VS_DERIVED: the past of a derived form, also with the feminine ت
 * (l letters): أفال (أشاد، أضاف، أفاد), افتعل (اجتمع، انتقد), انفعل (انسحب),
 * استفعل (استقبل). */
static int derived_past(const char *s, size_t n, int l)
{
    if (l >= 5 && n >= 2 && !memcmp(s + n - 2, "\xD8\xAA", 2)) l--; /* ت */
    if (l == 4 && !memcmp(s, "\xD8\xA7", 2) && !memcmp(s + 4, "\xD8\xA7", 2)) return 1; /* ا..ا */
    if (l == 5 && !memcmp(s, "\xD8\xA7", 2) && (!memcmp(s + 4, "\xD8\xAA", 2) || !memcmp(s + 2, "\xD9\x86", 2)))
        return 1; /* اXت, ان */
    return l == 6 && !memcmp(s, "\xD8\xA7\xD8\xB3\xD8\xAA", 6); /* است */
}

/* EVG_VS_IMPERFECT: an imperfect in ت- or ي- of four to six letters (8 to
 * 12 bytes: تواصل، يتابع) that ends in neither ه (a feminine noun) nor ا
 * (an accusative). */
static int imperfect(const char *s, size_t n)
{
    if (n < 8 || n > 12 || !memcmp(s + n - 2, "\xD9\x87", 2) || !memcmp(s + n - 2, "\xD8\xA7", 2)) return 0;
    return !memcmp(s, "\xD8\xAA", 2) || !memcmp(s, "\xD9\x8A", 2); /* ت ي */
}

/* Does folded Arabic word s[0..n) have one of the verb shapes named in
 * shapes (EVG_VS_INFLECTED, EVG_VS_DERIVED, EVG_VS_IMPERFECT)? */
int evg_ar_verb_shape(const char *s, size_t n, unsigned shapes)
{
    UChar32 w[32];
    int m = decode(s, n, w, 32);
    if ((shapes & EVG_VS_INFLECTED) && inflected(w, m)) return 1;
    if ((shapes & EVG_VS_DERIVED) && derived_past(s, n, m)) return 1;
    return (shapes & EVG_VS_IMPERFECT) && imperfect(s, n);
}
