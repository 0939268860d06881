/* SPDX-License-Identifier: GPL-3.0-or-later */
/* merit-meeting-window-private.h: the instance struct of MeritMeetingWindow. */

#pragma once

#include "merit-meeting-window.h"
#include "merit-score-plot.h"

G_BEGIN_DECLS

struct _MeritMeetingWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwComboRow          *role_row;
  GtkListBox           *packages_list;
  GtkListBox           *members_list;
  GtkWidget            *start_button;
  GtkLabel             *start_hint_label;
  GtkListBox           *agenda_list;
  GtkLabel             *pseudonym_label;
  GtkLabel             *role_label;
  GtkLabel             *timer_label;
  GtkLabel             *identity_label;
  MeritScorePlot       *score_plot;
  GtkLabel             *status_label;
  GtkLabel             *votes_label;
  GtkWidget            *vote_box;
  GtkDropDown          *voter_dropdown;
  GtkDropDown          *vote_dropdown;
  GtkEntry             *vote_rationale;
  GtkWidget            *decision_box;
  GtkDropDown          *decision_dropdown;
  GtkEntry             *decision_rationale;
  GtkLabel             *evidence_label;
  GtkLabel             *samples_label;

  /* Owned references */
  MeritWorkspaceStore  *store;
  MeritMeeting         *meeting;
  MeritCalibration     *calibration;
  GSettings            *settings;
  GFileMonitor         *monitor;
  GtkStringList        *roles;
  GListStore           *committee;
  GListStore           *packages;       /* MeritCandidate in the committee stage, as shown */
  GtkStringList        *agenda;
  GtkFileChooserNative *chooser;

  /* Owned data */
  char                 *chair;
  GHashTable           *present_checks; /* member id → GtkCheckButton (borrowed) */
  GHashTable           *package_checks; /* package id → GtkCheckButton (borrowed) */
  GHashTable           *changed_ids;
  GHashTable           *revealed;       /* package id → name shown after the decision */
  GStrv                 voter_ids;
  guint                 reload_id;
  guint                 tick_id;
};

void            _merit_meeting_window_class_add_actions (GtkWidgetClass     *widget_class);
void            _merit_meeting_window_fill_setup        (MeritMeetingWindow *self);
void            _merit_meeting_window_role_selected_cb  (MeritMeetingWindow *self);
GStrv           _merit_meeting_window_dup_chosen        (MeritMeetingWindow *self);
const char     *_merit_meeting_window_role_title        (MeritCandidate     *candidate);
void            _merit_meeting_window_set_presenter_actions_enabled
                                                        (MeritMeetingWindow *self,
                                                         gboolean            enabled);
void            _merit_meeting_window_show_toast        (MeritMeetingWindow *self,
                                                         const char         *message);
MeritCandidate *_merit_meeting_window_fresh_candidate   (MeritMeetingWindow *self);
gboolean        _merit_meeting_window_save              (MeritMeetingWindow *self,
                                                         MeritCandidate     *candidate);
void            _merit_meeting_window_refresh           (MeritMeetingWindow *self);
void            _merit_meeting_window_show_package      (MeritMeetingWindow *self,
                                                         int                 index);

G_END_DECLS
