/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-window.h: the main window. */

#pragma once

#include <adwaita.h>

#include "merit-application.h"

G_BEGIN_DECLS

#define MERIT_TYPE_WINDOW (merit_window_get_type ())

G_DECLARE_FINAL_TYPE (MeritWindow, merit_window, MERIT, WINDOW, AdwApplicationWindow)

typedef struct _MeritWindowPreload MeritWindowPreload;

MeritWindow *merit_window_new            (MeritApplication *application);
void         merit_window_open_workspace (MeritWindow      *self,
                                          GFile            *folder);
MeritWindowPreload *
             merit_window_preload        (GFile            *folder);
void         merit_window_open_preloaded (MeritWindow        *self,
                                          MeritWindowPreload *preload);
void         merit_window_preload_drop   (MeritWindowPreload *preload);
GtkPrintOperationResult
             merit_window_print_offer    (MeritWindow             *self,
                                          GtkPrintOperationAction  action,
                                          const char              *export_filename,
                                          GError                 **error);
guint        merit_window_get_approval_notice (MeritWindow *self);

G_END_DECLS
