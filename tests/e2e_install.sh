#!/usr/bin/env bash
# e2e_install.sh - the install target puts the binary, library, header and
# pkg-config file in place, and a program builds against them with pkg-config.
# usage: e2e_install.sh EVGRAPH SOURCE_DIR WORK_DIR
set -u
bin=$1 src=$2 work=$3
. "$src/tests/lib_e2e.sh"
rm -rf "$work"; mkdir -p "$work"
builddir=$(dirname "$bin")
cmake --install "$builddir" --prefix "$work/prefix" > "$work/install.log" 2>&1
expect "cmake --install" $? 0
for f in bin/evgraph include/evgraph.h; do [ -e "$work/prefix/$f" ] && ok "installed $f" || bad "missing $f"; done
pc=$(find "$work/prefix" -name evgraph.pc | head -1)
[ -n "$pc" ] && ok "installed evgraph.pc" || bad "no evgraph.pc"
"$work/prefix/bin/evgraph" --version | grep -q "^evgraph" && ok "installed binary runs" || bad "installed binary"
cat > "$work/use.c" <<'C'
#include <evgraph.h>
#include <stdio.h>
int main(void)
{
    evg_ctx *ctx = NULL;
    if (evg_ctx_new(&ctx, NULL) != 0) { printf("error: %s\n", evg_ctx_errmsg(ctx)); return 1; }
    printf("evgraph %s\n", evg_version());
    evg_ctx_free(ctx);
    return 0;
}
C
export PKG_CONFIG_PATH=$(dirname "$pc")
cc -std=c11 -o "$work/use" "$work/use.c" $(pkg-config --cflags --libs evgraph) > "$work/cc.log" 2>&1
expect "a program builds with pkg-config --cflags --libs evgraph" $? 0
cat "$work/cc.log"
"$work/use" | grep -q "^evgraph [0-9]" && ok "it runs" || bad "the program does not run"
exit $fail
