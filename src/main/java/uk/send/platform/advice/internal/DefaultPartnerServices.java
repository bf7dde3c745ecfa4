package uk.send.platform.advice.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On start, makes sure the Local Area has the partner services the statutory team asks for advice (reg 6(1)):
 * one default service per kind of advice, plus the therapy and mental health services of the demo Local Area.
 * Services already held are left as they are, so a Local Area's changes survive restarts.
 */
@Component
@Order(5)
class DefaultPartnerServices implements ApplicationRunner {

    private final PartnerServices services;

    DefaultPartnerServices(PartnerServices services) {
        this.services = services;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add("educational-psychology", "Educational psychology", AdviceKind.EDUCATIONAL_PSYCHOLOGY, true);
        add("community-paediatrics", "Community paediatrics", AdviceKind.HEALTH, true);
        add("speech-and-language-therapy", "Speech and language therapy", AdviceKind.HEALTH, false);
        add("occupational-therapy", "Occupational therapy", AdviceKind.HEALTH, false);
        add("camhs", "Child and adolescent mental health services", AdviceKind.HEALTH, false);
        add("childrens-social-care", "Children's social care", AdviceKind.SOCIAL_CARE, true);
        add("education-setting", "School or setting", AdviceKind.EDUCATION, true);
        add("other-advice", "Other advice", AdviceKind.OTHER, true);
    }

    private void add(String code, String name, AdviceKind kind, boolean defaultForKind) {
        services.insertIfAbsent(code, name, kind, code + "@advice.example.org", defaultForKind);
    }
}
