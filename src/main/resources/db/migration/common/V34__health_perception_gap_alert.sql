-- A new kind of alert: technically green, perceived red (insight's perception gap).
alter table health_alert drop constraint health_alert_type_check;
alter table health_alert add constraint health_alert_type_check
    check (type in ('LOSING_TOUCH', 'COMMITMENT_OVERDUE', 'DETRACTOR', 'SCORE_FALLING', 'PERCEPTION_GAP'));
