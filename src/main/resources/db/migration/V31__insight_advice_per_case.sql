-- insight: an advice request is known by its case and its adviceId. Casework makes adviceIds unique only within a
-- case (a client may name them "EP1" on every case), so keying insight_advice by adviceId alone dropped the second
-- case's request.
alter table insight_advice drop constraint pk_insight_advice;
alter table insight_advice add constraint pk_insight_advice primary key (la_code, case_id, advice_id);
