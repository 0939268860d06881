/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-cell.h: one line of text in a list cell, laid out only when it is drawn. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MERIT_TYPE_CELL (merit_cell_get_type ())

G_DECLARE_FINAL_TYPE (MeritCell, merit_cell, MERIT, CELL, GtkWidget)

GtkWidget  *merit_cell_new         (float       xalign);
void        merit_cell_set_text    (MeritCell  *self,
                                    const char *text);
const char *merit_cell_get_text    (MeritCell  *self);
void        merit_cell_set_tooltip (MeritCell  *self,
                                    const char *tooltip);
const char *merit_cell_get_tooltip (MeritCell  *self);

G_END_DECLS
