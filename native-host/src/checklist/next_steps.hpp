// What to do next for a material in a given state, in Chinese and English:
// the checklist's last column.
#pragma once

#include "checklist/checklist.hpp"
#include "checklist/materials.hpp"

namespace beian::checklist {

Text next_step(const Material& material, const ChecklistItem& item);

}  // namespace beian::checklist
