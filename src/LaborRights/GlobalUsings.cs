global using LaborRights.Common;
global using LaborRights.Cases;
