global using LaborRights.Common;
global using LaborRights.Cases;
global using LaborRights.Hosting.Api;
