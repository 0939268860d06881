/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-plot-data-private.h: the fields of MeritPlotData, shared with its drawing code. */

#pragma once

#include "merit-plot-data.h"

G_BEGIN_DECLS

typedef struct
{
  char                *label;
  MeritPlotValueState  state[MERIT_PLOT_MAX_SERIES];
  double               value[MERIT_PLOT_MAX_SERIES];
  MeritPlotValueState  reference_state;
  double               reference;
  char                *note;
} MeritPlotRow;

struct _MeritPlotData
{
  GObject        parent_instance;

  MeritPlotKind  kind;
  char          *title;
  char          *description;
  char          *row_heading;
  char          *axis_label;
  GPtrArray     *series;
  guint          digits;
  gboolean       show_sign;
  gboolean       has_range;
  double         min;
  double         max;
  char          *reference_name;
  char          *note_heading;
  char          *note_format;
  GArray        *rows;
};

char *_merit_plot_data_format_value     (MeritPlotData          *self,
                                         MeritPlotValueState     state,
                                         double                  value);
char *_merit_plot_data_format_note      (MeritPlotData          *self,
                                         const char             *note);
int   _merit_plot_data_get_file_height  (MeritPlotData          *self,
                                         const MeritPlotPalette *palette);

G_END_DECLS
