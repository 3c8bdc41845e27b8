-- T-1: the anonymous-poster sweep deletes the poster's identity (the assignment stays, without
-- anyone to contact); V90 shipped ANONYMISE, an action that sweep does not offer.
UPDATE retention_policy SET action = 'DELETE' WHERE category = 'anonymous-poster' AND action = 'ANONYMISE';
