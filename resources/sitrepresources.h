// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sitrep::Resources {

// Registers the gazetteer and base map resources. They are compiled straight to an object file
// (rcc's two-pass "big resources" mode) so that a build need not compile 60 MB of generated C++;
// a static library drops such an object unless something refers to it, and this is that reference.
void ensurePlacesRegistered();
// The same for the briefing's fonts.
void ensureFontsRegistered();

} // namespace Sitrep::Resources
