package org.missionplanner.plan;

/** An element of a plan shown in an order the planner chooses. */
interface Positioned {

    int getPosition();

    void moveTo(int position);

    long getVersion();
}
