import { CONNECTORS } from '../src/connectors/catalog.ts';
import { defaultTemplateVariables, messageLiquid, templateVariables } from '../src/connectors/sdk/notification-catalog.ts';
console.log(defaultTemplateVariables(CONNECTORS.paghiper!.notifications[0]!));
try { messageLiquid().parse('a\n{% if x %}{% include "y" %}{% endif %}'); } catch (e) { console.log((e as Error).name, (e as Error).message); }
console.log(templateVariables('{% if a != blank %}{{ b }}{% endif %}'));
