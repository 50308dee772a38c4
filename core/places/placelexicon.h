// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Small closed word lists, written for Sitrep, that tell place names from the words around them.
// All comparisons ignore case.
namespace Sitrep::PlaceLexicon {

bool isMonthOrWeekday(QStringView word);
// Titles and ranks that come before a person's name: "Gen.", "Secretary", "President".
bool isPersonTitle(QStringView word);
// Words that make the capitalised name before them an organisation, street or building.
bool isOrganisationWord(QStringView word);
// Names of organisations that a town also bears: "Hamas", "Xinhua".
bool isOrganisationName(QStringView word);
// "Primary", "Elementary": after a town's name, the town's school.
bool isSchoolWord(QStringView word);
// "region", "Oblast", "province": the name before (or after "... of") is a first-level region.
bool isRegionWord(QStringView word);
// "Governor", "Premier", "Legislature" after a name: offices of a region ("New York Gov. Cuomo").
bool isRegionOfficeWord(QStringView word);
// "upstate New York": the name after is a state.
bool isStateSideWord(QStringView word);
// "city", "town", "village": the name after "... of" is a populated place.
bool isSettlementWord(QStringView word);
// "western", "eastern": names an area of the country that follows.
bool isDirectionWord(QStringView word);
// "in", "near", "from": a place usually follows.
bool isLocativePreposition(QStringView word);

} // namespace Sitrep::PlaceLexicon
