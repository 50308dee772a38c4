// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcText, "sitrep.text", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sitrep.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "sitrep.project", QtInfoMsg)
