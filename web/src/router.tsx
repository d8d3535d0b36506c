// Every URL of the console in one typed table. Signed-out visitors are sent to /sign-in; each
// workspace's pages live under /w/<workspace id>/ so that links can be shared and bookmarked.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type RouteComponent,
} from '@tanstack/react-router';
import { meQuery } from './api/me';
import { InvitePage } from './features/auth/InvitePage';
import { SignInPage } from './features/auth/SignInPage';
import { HomePage } from './features/layout/HomePage';
import { NotFoundPage } from './features/layout/NotFoundPage';
import { PageError, PagePending } from './features/layout/RouteStates';
import { WorkspaceLayout } from './features/layout/WorkspaceLayout';
import { PLACEHOLDER_AREAS } from './features/placeholders/areas';
import { PlaceholderPage } from './features/placeholders/PlaceholderPage';
import { lastWorkspaceId } from './features/workspace/current';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && search.redirect.startsWith('/')
      ? { redirect: search.redirect }
      : {},
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQuery)) throw redirect({ to: '/' });
  },
  component: SignInPage,
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite/$token',
  component: InvitePage,
});

/** Everything below needs a signed-in person. */
const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me };
  },
  component: Outlet,
});

const homeRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const id = lastWorkspaceId(context.me.workspaces);
    if (id) throw redirect({ to: '/w/$workspaceId/settings/locations', params: { workspaceId: id } });
  },
  component: HomePage,
});

const workspaceRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/w/$workspaceId',
  component: WorkspaceLayout,
});

const workspaceIndexRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/w/$workspaceId/settings/locations', params });
  },
});

/** A page inside a workspace. */
const page = <P extends string>(path: P, component: RouteComponent) =>
  createRoute({ getParentRoute: () => workspaceRoute, path, component });

const areaRoutes = PLACEHOLDER_AREAS.map((area) => page(area, () => <PlaceholderPage area={area} />));

// Questionnaires (M1) load on demand too: the builder brings zod (draft checks) and drag and drop.
const surveyRoutes = [
  page(
    'surveys',
    lazyRouteComponent(() => import('./features/surveys/SurveysPage'), 'SurveysPage'),
  ),
  page(
    'surveys/$surveyId',
    lazyRouteComponent(() => import('./features/surveys/SurveyBuilderPage'), 'SurveyBuilderPage'),
  ),
  page(
    'surveys/$surveyId/responses',
    lazyRouteComponent(() => import('./features/responses/ResponsesPage'), 'ResponsesPage'),
  ),
];

// Analytics (M3), loaded on demand: charts (ECharts) and the analysis views are large.
const analyticsRoutes = [
  page(
    'analytics',
    lazyRouteComponent(() => import('./features/analytics/AnalyticsOverviewPage'), 'AnalyticsOverviewPage'),
  ),
  page(
    'surveys/$surveyId/analytics',
    lazyRouteComponent(() => import('./features/analytics/SurveyAnalyticsPage'), 'SurveyAnalyticsPage'),
  ),
];

// Distribution (M2), loaded on demand: the area's survey list, each survey's distributions.
const distributionRoutes = [
  page(
    'distribution',
    lazyRouteComponent(() => import('./features/distribution/DistributionAreaPage'), 'DistributionAreaPage'),
  ),
  page(
    'surveys/$surveyId/distribute',
    lazyRouteComponent(() => import('./features/distribution/DistributePage'), 'DistributePage'),
  ),
];

// Customers and segments (M4), loaded on demand like the survey screens.
const customerRoutes = [
  page(
    'customers',
    lazyRouteComponent(() => import('./features/customers/CustomersPage'), 'CustomersPage'),
  ),
  page(
    'customers/import',
    lazyRouteComponent(() => import('./features/customers/import/ImportPage'), 'ImportPage'),
  ),
  page(
    'customers/duplicates',
    lazyRouteComponent(() => import('./features/customers/DuplicatesPage'), 'DuplicatesPage'),
  ),
  page(
    'customers/$customerId',
    lazyRouteComponent(() => import('./features/customers/CustomerPage'), 'CustomerPage'),
  ),
  page(
    'customers/$customerId/merge',
    lazyRouteComponent(() => import('./features/customers/MergePage'), 'MergePage'),
  ),
  page(
    'segments',
    lazyRouteComponent(() => import('./features/segments/SegmentsPage'), 'SegmentsPage'),
  ),
  page(
    'segments/$segmentId',
    lazyRouteComponent(() => import('./features/segments/SegmentBuilderPage'), 'SegmentBuilderPage'),
  ),
];

// Settings pages load on demand: most visits never open most of them.
const settingsRoutes = [
  page(
    'settings/workspace',
    lazyRouteComponent(() => import('./features/workspace/WorkspaceSettingsPage'), 'WorkspaceSettingsPage'),
  ),
  page(
    'settings/locations',
    lazyRouteComponent(() => import('./features/locations/LocationsPage'), 'LocationsPage'),
  ),
  page(
    'settings/outreach',
    lazyRouteComponent(
      () => import('./features/distribution/outreach/OutreachSettingsPage'),
      'OutreachSettingsPage',
    ),
  ),
  page(
    'settings/customer-fields',
    lazyRouteComponent(() => import('./features/customers/CustomerFieldsPage'), 'CustomerFieldsPage'),
  ),
  page(
    'settings/members',
    lazyRouteComponent(() => import('./features/members/MembersPage'), 'MembersPage'),
  ),
  page(
    'settings/invitations',
    lazyRouteComponent(() => import('./features/invitations/InvitationsPage'), 'InvitationsPage'),
  ),
  page(
    'settings/api-keys',
    lazyRouteComponent(() => import('./features/api-keys/ApiKeysPage'), 'ApiKeysPage'),
  ),
  page(
    'settings/webhooks',
    lazyRouteComponent(() => import('./features/webhooks/WebhooksPage'), 'WebhooksPage'),
  ),
  page(
    'settings/audit-log',
    lazyRouteComponent(() => import('./features/audit/AuditLogPage'), 'AuditLogPage'),
  ),
];

const routeTree = rootRoute.addChildren([
  signInRoute,
  inviteRoute,
  authedRoute.addChildren([
    homeRoute,
    workspaceRoute.addChildren([
      workspaceIndexRoute,
      ...areaRoutes,
      ...surveyRoutes,
      ...analyticsRoutes,
      ...distributionRoutes,
      ...customerRoutes,
      ...settingsRoutes,
    ]),
  ]),
]);

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: PagePending,
    defaultErrorComponent: PageError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
