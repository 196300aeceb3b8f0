package org.sheltergis.planning;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /planner and /planner/ open the planner console (static web/planner/index.html). */
@Controller
class PlannerPages {

    @GetMapping({"/planner", "/planner/"})
    String console() {
        return "forward:/planner/index.html";
    }
}
