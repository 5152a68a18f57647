# The short form of the soak test (bench/soak/soak.py, docs/reliability.md):
# a whole HA deployment (PostgreSQL with a synchronous standby, two nodes,
# HAProxy, 100 simulated components) under 12 faults in 2 minutes. It starts
# PostgreSQL clusters of its own and loads both cores, so it runs alone.
# Configure with -DLK_SOAK_SEED=N to replay another seed.
set(LK_SOAK_SEED 1 CACHE STRING "seed of the soak test's fault plan (ctest soak_short)")
add_test(NAME soak_short
         COMMAND ${LK_TEST_PYTHON} -B ${PROJECT_SOURCE_DIR}/bench/soak/soak.py --bin-dir ${PROJECT_BINARY_DIR}/bin
                 --duration 120 --components 100 --faults 12 --renew-after 2 --seed ${LK_SOAK_SEED})
set_tests_properties(soak_short PROPERTIES LABELS "process;postgres;haproxy;slow;soak" TIMEOUT 600
                     RUN_SERIAL TRUE)
