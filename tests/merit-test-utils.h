/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-test-utils.h: temporary workspaces and file helpers for the tests. */

#pragma once

#include <gio/gio.h>

#include "merit-workspace.h"

G_BEGIN_DECLS

char    *merit_test_make_demo        (guint        n_candidates);
char    *merit_test_read_file        (const char  *path,
                                      gsize       *length);
void     merit_test_write_file       (const char  *path,
                                      const char  *data,
                                      gssize       length);
GStrv    merit_test_snapshot_dir     (const char  *dir);
void     merit_test_assert_same_dir  (const char  *dir,
                                      GStrv        before);
void     merit_test_remove_tree      (const char  *path);
char    *merit_test_replace_once     (const char  *haystack,
                                      const char  *needle,
                                      const char  *replacement);
char    *merit_test_dup_sealed_name  (MeritWorkspace *workspace,
                                      const char  *root,
                                      const char  *id,
                                      const char  *member);

G_END_DECLS
