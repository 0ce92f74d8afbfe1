// Keeps native-messaging frames safe from stray prints: the real stdout is
// moved to a private descriptor and fd 1 is pointed at stderr, so anything a
// library or a handler prints lands in stderr, never inside a frame.
#pragma once

namespace beian::host {

// Call first thing in main. Returns the private descriptor of the original
// stdout (close-on-exec), or -1 if it could not be set up.
int protect_stdout();

}  // namespace beian::host
