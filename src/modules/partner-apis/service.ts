import { asc, eq } from 'drizzle-orm';
import { actorOf, assertRole, type Actor } from '../../platform/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DatabaseHandle } from '../../platform/database/database.ts';
import { Problem, type FieldError } from '../../platform/http/problems.ts';
import { newId } from '../../platform/ids.ts';
import type { AuditService } from '../audit/index.ts';
import { OWN_API_ID, OWN_API_NAME, type ApiDescription, type ApiOperation, type CatalogEntry, type MaintenanceWindow } from './description.ts';
import { partnerApiProblems } from './errors.ts';
import { extractOperations, readDocument } from './openapi-import.ts';
import { partnerApiDocuments, partnerApis, partnerApiSettings } from './schema.ts';
import { windowErrors } from './windows.ts';

export interface PartnerApi {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
}

/** A partner API (or Ponte's own, id `ponte`) with what describes it: its document's summary, operations, catalog and windows. */
export interface PartnerApiDetail extends ApiDescription {
  id: string;
  slug: string | null;
  document: { openapi: string; title: string; version: string; importedAt: string; importedBy: string } | null;
}

const formatPartnerApi = (row: typeof partnerApis.$inferSelect): PartnerApi => ({ id: row.id, name: row.name, slug: row.slug, createdAt: row.createdAt.toISOString() });

const versionsOf = (operations: ApiOperation[], products: CatalogEntry[]) =>
  [...new Set([...operations.map((operation) => operation.version), ...products.flatMap((entry) => entry.versions)].filter((version): version is string => !!version))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );

/** The operator's own APIs that Ponte fronts: registered by admins, described by their OpenAPI document and catalog. */
export class PartnerApisService {
  #ownOperations: ApiOperation[] | undefined;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    /** Ponte's own OpenAPI document (read once, when first needed: the routes are all registered by then). */
    private readonly ownDocument: () => unknown = () => null,
  ) {}

  async register(actor: Actor, input: { name: string; slug: string }): Promise<PartnerApi> {
    assertRole(actor, 'admin');
    return this.database.transaction(async ({ db }) => {
      const [taken] = await db.select({ id: partnerApis.id }).from(partnerApis).where(eq(partnerApis.slug, input.slug));
      if (taken) throw new Problem(partnerApiProblems.partner_api_slug_taken, `The slug ${input.slug} is taken`, { field: 'body.slug' });
      const [row] = await db
        .insert(partnerApis)
        .values({ id: newId('partnerApi'), name: input.name, slug: input.slug, createdBy: actorOf(actor), createdAt: this.clock.now() })
        .returning();
      await this.audit.record(db, { actor: actorOf(actor), action: 'partner_api.registered', targetType: 'partner_api', targetId: row!.id, details: { name: input.name, slug: input.slug } });
      return formatPartnerApi(row!);
    });
  }

  async get(id: string): Promise<PartnerApi> {
    const [row] = await this.database.db.select().from(partnerApis).where(eq(partnerApis.id, id));
    if (!row) throw new Problem(partnerApiProblems.partner_api_not_found, `No partner API ${id}`);
    return formatPartnerApi(row);
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await this.database.db.select({ id: partnerApis.id }).from(partnerApis).where(eq(partnerApis.id, id));
    return row !== undefined;
  }

  async list(actor: Actor): Promise<PartnerApi[]> {
    assertRole(actor, 'admin');
    return (await this.database.db.select().from(partnerApis).orderBy(asc(partnerApis.createdAt), asc(partnerApis.id))).map(formatPartnerApi);
  }

  /** One API with its description; `ponte` is Ponte's own API. */
  async detail(actor: Actor, id: string): Promise<PartnerApiDetail> {
    assertRole(actor, 'admin');
    const own = id === OWN_API_ID;
    const api = own ? null : await this.get(id);
    const [document] = own ? [] : await this.database.db.select().from(partnerApiDocuments).where(eq(partnerApiDocuments.partnerApiId, id));
    return {
      id,
      slug: api?.slug ?? null,
      ...(await this.describe(own ? null : id)),
      document: document
        ? { openapi: document.openapi, title: document.title, version: document.infoVersion, importedAt: document.importedAt.toISOString(), importedBy: document.importedBy }
        : null,
    };
  }

  /**
   * Imports the API's OpenAPI document (3.0 or 3.1; an object, or YAML/JSON text), replacing the one before. An
   * invalid document is refused, naming where it is wrong, and the one before stays.
   */
  async importDocument(actor: Actor, id: string, input: unknown): Promise<PartnerApiDetail> {
    assertRole(actor, 'admin');
    if (id === OWN_API_ID) throw new Problem(partnerApiProblems.partner_api_own_document, 'Ponte’s own API is described by its own OpenAPI document, at /docs/json');
    await this.get(id);
    const read = await readDocument(input);
    const operations = extractOperations(read);
    const info = read.document.info as { title: string; version: string };
    await this.database.transaction(async ({ db }) => {
      const values = { openapi: read.openapi, title: info.title, infoVersion: info.version, document: read.document, operations, importedBy: actorOf(actor), importedAt: this.clock.now() };
      await db
        .insert(partnerApiDocuments)
        .values({ partnerApiId: id, ...values })
        .onConflictDoUpdate({ target: partnerApiDocuments.partnerApiId, set: values });
      await this.audit.record(db, {
        actor: actorOf(actor),
        action: 'partner_api.document_imported',
        targetType: 'partner_api',
        targetId: id,
        details: { openapi: read.openapi, title: info.title, version: info.version, operations: operations.length },
      });
    });
    return this.detail(actor, id);
  }

  /** Replaces the API's product catalog; every operationId must be one of the imported document's. */
  async setCatalog(actor: Actor, id: string, products: CatalogEntry[]): Promise<CatalogEntry[]> {
    assertRole(actor, 'admin');
    if (id !== OWN_API_ID) await this.get(id);
    const operations = id === OWN_API_ID ? this.#own() : await this.#operations(id);
    const operationIds = new Set(operations.flatMap((operation) => (operation.operationId ? [operation.operationId] : [])));
    const versions = new Set(versionsOf(operations, []));
    const errors: FieldError[] = [];
    products.forEach((entry, index) => {
      const field = `body.products.${index}`;
      if (products.findIndex((other) => other.product === entry.product) !== index) errors.push({ field: `${field}.product`, message: `${entry.product} is listed twice` });
      entry.operationIds.forEach((operationId, at) => {
        if (operationIds.has(operationId)) return;
        errors.push({
          field: `${field}.operationIds.${at}`,
          message: operations.length === 0 ? 'no OpenAPI document is imported yet: import it before naming operations' : `${operationId} is not an operation of the imported document`,
        });
      });
      entry.versions.forEach((version, at) => {
        if (!entry.offeredThroughApi) errors.push({ field: `${field}.versions.${at}`, message: 'a product not offered through the API has no versions' });
        else if (versions.size > 0 && !versions.has(version)) errors.push({ field: `${field}.versions.${at}`, message: `${version} is not a version of the API (${[...versions].join(', ')})` });
      });
    });
    if (errors.length > 0) {
      throw new Problem(partnerApiProblems.partner_api_catalog_invalid, errors.map((error) => `${error.field}: ${error.message}`).join('; '), { field: errors[0]!.field, errors });
    }
    await this.#saveSettings(actor, id, { catalog: products }, 'partner_api.catalog_set', { products: products.map((entry) => entry.product) });
    return products;
  }

  /** Replaces the API's maintenance windows; a cron or time zone that cannot be used is refused, naming the field. */
  async setMaintenanceWindows(actor: Actor, id: string, windows: MaintenanceWindow[]): Promise<MaintenanceWindow[]> {
    assertRole(actor, 'admin');
    if (id !== OWN_API_ID) await this.get(id);
    const errors = windows.flatMap((window, index) => [
      ...(windows.findIndex((other) => other.name === window.name) !== index ? [{ field: `body.windows.${index}.name`, message: `${window.name} is listed twice` }] : []),
      ...windowErrors(window, `body.windows.${index}`),
    ]);
    if (errors.length > 0) {
      throw new Problem(partnerApiProblems.partner_api_window_invalid, errors.map((error) => `${error.field}: ${error.message}`).join('; '), { field: errors[0]!.field, errors });
    }
    await this.#saveSettings(actor, id, { maintenanceWindows: windows }, 'partner_api.maintenance_windows_set', { windows: windows.map((window) => window.name) });
    return windows;
  }

  /** What diagnostics know of an API: null for Ponte's own (from its OpenAPI document, version v1). */
  async describe(partnerApiId: string | null): Promise<ApiDescription> {
    const own = partnerApiId === null;
    const name = own ? OWN_API_NAME : (await this.get(partnerApiId)).name;
    const operations = own ? this.#own() : await this.#operations(partnerApiId);
    const [settings] = await this.database.db
      .select()
      .from(partnerApiSettings)
      .where(eq(partnerApiSettings.apiId, partnerApiId ?? OWN_API_ID));
    const products = (settings?.catalog ?? []) as CatalogEntry[];
    return {
      partnerApiId,
      name,
      versions: versionsOf(operations, products),
      operations,
      products,
      maintenanceWindows: (settings?.maintenanceWindows ?? []) as MaintenanceWindow[],
    };
  }

  async #operations(partnerApiId: string): Promise<ApiOperation[]> {
    const [row] = await this.database.db.select({ operations: partnerApiDocuments.operations }).from(partnerApiDocuments).where(eq(partnerApiDocuments.partnerApiId, partnerApiId));
    return (row?.operations ?? []) as ApiOperation[];
  }

  /** Ponte's own operations, only under /v1 (the version of every route; the docs and health routes are not the API). */
  #own(): ApiOperation[] {
    if (this.#ownOperations) return this.#ownOperations;
    const document = this.ownDocument() as { openapi?: unknown } | null;
    if (!document || typeof document.openapi !== 'string') return [];
    const openapi = document.openapi;
    this.#ownOperations = extractOperations({ document: document as Record<string, unknown>, openapi, dialect: openapi.startsWith('3.0') ? '3.0' : '3.1' }).filter(
      (operation) => operation.version === 'v1' && operation.path.startsWith('/v1/'),
    );
    return this.#ownOperations;
  }

  async #saveSettings(actor: Actor, id: string, change: { catalog?: CatalogEntry[]; maintenanceWindows?: MaintenanceWindow[] }, action: string, details: Record<string, unknown>): Promise<void> {
    await this.database.transaction(async ({ db }) => {
      const stamp = { updatedBy: actorOf(actor), updatedAt: this.clock.now() };
      await db
        .insert(partnerApiSettings)
        .values({ apiId: id, catalog: change.catalog ?? [], maintenanceWindows: change.maintenanceWindows ?? [], ...stamp })
        .onConflictDoUpdate({ target: partnerApiSettings.apiId, set: { ...change, ...stamp } });
      await this.audit.record(db, { actor: actorOf(actor), action, targetType: 'partner_api', targetId: id, details });
    });
  }
}
