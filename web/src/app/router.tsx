import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireRole } from '../auth/RequireRole';
import { SignInPage } from '../auth/SignInPage';
import { DistrictPage } from '../pages/district/DistrictPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { OperatorPage } from '../pages/operator/OperatorPage';
import { ProvincePage } from '../pages/province/ProvincePage';
import { WardPage } from '../pages/ward/WardPage';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'district', element: <RequireRole role="coordinator"><DistrictPage /></RequireRole> },
      { path: 'ward', element: <RequireRole role="ward_officer"><WardPage /></RequireRole> },
      { path: 'province', element: <RequireRole role="province_staff"><ProvincePage /></RequireRole> },
      { path: 'operator', element: <RequireRole role="operator"><OperatorPage /></RequireRole> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
