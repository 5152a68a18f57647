// Compiled only so that its target builds the precompiled header the tests
// reuse (tests/support/CMakeLists.txt); never run.
int main() {
    return 0;
}
