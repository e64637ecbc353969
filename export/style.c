/*
 * style.c - colours shared by the views.
 *
 * CAMEO roots fall in four families (the CAMEO codebook's quad classes):
 * 01-05 verbal cooperation (statements, appeals, intent, consultation,
 * diplomatic cooperation) in greens and blue-greens, 06-08 material
 * cooperation in blues, 09-14 verbal conflict in yellows and oranges, 15-20
 * material conflict in reds.  Shades darken with the root inside each family.
 * Communities cycle through a qualitative palette of twelve light colours
 * that keep dark text readable.
 */
#include "export_int.h"

static const char *const root_colours[21] = {
    "#d9d9d9",                                                  /* unknown */
    "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#66c2a4",      /* 01-05 */
    "#9ecae1", "#6baed6", "#4292c6",                            /* 06-08 */
    "#fee391", "#fec44f", "#fdae6b", "#fd8d3c", "#f16913", "#ec7014", /* 09-14 */
    "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", /* 15-20 */
};

static int root_number(const char *root)
{
    if (!root || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9') return 0;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

const char *evg_style_root_colour(const char *root)
{
    return root_colours[root_number(root)];
}

const char *evg_style_root_family(const char *root)
{
    int r = root_number(root);
    if (r == 0) return "unknown";
    if (r <= 5) return "verbal cooperation";
    if (r <= 8) return "material cooperation";
    if (r <= 14) return "verbal conflict";
    return "material conflict";
}

const char *evg_style_community_colour(int community)
{
    static const char *const palette[12] = {
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
        "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
    if (community < 0) community = 0;
    return palette[community % 12];
}
