package org.missionplanner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MissionPlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MissionPlannerApplication.class, args);
    }
}
